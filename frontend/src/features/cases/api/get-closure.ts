import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { caseKeys } from './query-keys'
import type { Closure } from './types'

export function getClosure(caseId: string, signal?: AbortSignal): Promise<Closure> {
  return apiFetch<Closure>(`/api/v1/cases/${encodeURIComponent(caseId)}/closure`, { signal: signal ?? null })
}

export const closureQueryOptions = (caseId: string) =>
  queryOptions({
    queryKey: caseKeys.closure(caseId),
    queryFn: ({ signal }) => getClosure(caseId, signal),
  })

/** How a closed case closed, with the referral's figures to compare (the API's 404 while the case is open). */
export function useClosure(caseId: string) {
  return useSuspenseQuery(closureQueryOptions(caseId))
}
