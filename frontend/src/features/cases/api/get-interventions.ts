import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { caseKeys } from './query-keys'
import type { Intervention } from './types'

export function getInterventions(signal?: AbortSignal): Promise<Intervention[]> {
  return apiFetch<Intervention[]>('/api/v1/interventions', { signal: signal ?? null })
}

export const interventionsQueryOptions = () =>
  queryOptions({
    queryKey: caseKeys.interventions(),
    queryFn: ({ signal }) => getInterventions(signal),
    staleTime: 5 * 60_000,
  })

/** The interventions a plan can use, in the service's order (an admin may turn one off). */
export function useInterventions() {
  return useSuspenseQuery(interventionsQueryOptions())
}
