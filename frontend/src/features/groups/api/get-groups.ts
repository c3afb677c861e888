import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { groupKeys } from './query-keys'
import type { GroupSummary, HalfTerm } from './types'

/** Only the groups of a school year ("2026/27"), a half term or an area; none given is every group. */
export type GroupFilters = {
  schoolYear?: string | undefined
  halfTerm?: HalfTerm | undefined
  areaId?: string | undefined
}

export function getGroups(filters: GroupFilters, signal?: AbortSignal): Promise<GroupSummary[]> {
  const params = new URLSearchParams()
  if (filters.schoolYear) params.set('schoolYear', filters.schoolYear)
  if (filters.halfTerm) params.set('halfTerm', filters.halfTerm)
  if (filters.areaId) params.set('areaId', filters.areaId)
  const query = params.size > 0 ? `?${params.toString()}` : ''
  return apiFetch<GroupSummary[]>(`/api/v1/groups${query}`, { signal: signal ?? null })
}

export const groupsQueryOptions = (filters: GroupFilters) =>
  queryOptions({
    queryKey: groupKeys.list(filters),
    queryFn: ({ signal }) => getGroups(filters, signal),
    placeholderData: keepPreviousData,
  })

/** The groups, the latest half term first; not suspending, so that the list stays on screen while a filter loads. */
export function useGroups(filters: GroupFilters) {
  return useQuery(groupsQueryOptions(filters))
}
