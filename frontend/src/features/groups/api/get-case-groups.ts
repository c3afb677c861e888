import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { groupKeys } from './query-keys'
import type { CaseGroup } from './types'

export function getCaseGroups(caseId: string, signal?: AbortSignal): Promise<CaseGroup[]> {
  return apiFetch<CaseGroup[]>(`/api/v1/cases/${encodeURIComponent(caseId)}/groups`, { signal: signal ?? null })
}

export const caseGroupsQueryOptions = (caseId: string) =>
  queryOptions({
    queryKey: groupKeys.ofCase(caseId),
    queryFn: ({ signal }) => getCaseGroups(caseId, signal),
  })

/** The groups a case belongs to, with its attendance; not suspending, so that the case's summary shows meanwhile. */
export function useCaseGroups(caseId: string) {
  return useQuery(caseGroupsQueryOptions(caseId))
}
