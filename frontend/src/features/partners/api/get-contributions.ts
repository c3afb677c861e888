import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { partnerKeys } from './query-keys'
import type { Contribution } from './types'

export function getContributions(caseId: string, signal?: AbortSignal): Promise<Contribution[]> {
  return apiFetch<Contribution[]>(`/api/v1/cases/${encodeURIComponent(caseId)}/contributions`, {
    signal: signal ?? null,
  })
}

export const contributionsQueryOptions = (caseId: string) =>
  queryOptions({
    queryKey: partnerKeys.contributions(caseId),
    queryFn: ({ signal }) => getContributions(caseId, signal),
  })

/** What invited partners have added to a case, latest first. */
export function useContributions(caseId: string) {
  return useSuspenseQuery(contributionsQueryOptions(caseId))
}
