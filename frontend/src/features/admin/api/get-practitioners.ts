import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { adminKeys } from './query-keys'
import type { Practitioner } from './types'

export function getPractitioners(signal?: AbortSignal): Promise<Practitioner[]> {
  return apiFetch<Practitioner[]>('/api/v1/practitioners', { signal: signal ?? null })
}

export const practitionersQueryOptions = () =>
  queryOptions({
    queryKey: adminKeys.practitioners(),
    queryFn: ({ signal }) => getPractitioners(signal),
  })

/** The practitioners the sign-in service knows, with their area, open cases and capacity. */
export function usePractitioners() {
  return useSuspenseQuery(practitionersQueryOptions())
}
