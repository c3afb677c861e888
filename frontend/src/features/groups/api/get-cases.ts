import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { groupKeys } from './query-keys'
import type { Case } from './types'

/** A practitioner's own cases; for a senior every case, or one practitioner's (their own, by their id). */
export function getCases(practitionerId: string | undefined, signal?: AbortSignal): Promise<Case[]> {
  const query = practitionerId ? `?${new URLSearchParams({ practitionerId }).toString()}` : ''
  return apiFetch<Case[]>(`/api/v1/cases${query}`, { signal: signal ?? null })
}

export const casesQueryOptions = (practitionerId: string | undefined) =>
  queryOptions({
    queryKey: groupKeys.cases(practitionerId),
    queryFn: ({ signal }) => getCases(practitionerId, signal),
  })

/** The cases the caller works on, to add to a group. */
export function useCases(practitionerId: string | undefined) {
  return useSuspenseQuery(casesQueryOptions(practitionerId))
}
