import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { groupKeys } from './query-keys'
import type { Group } from './types'

export function getGroup(id: string, signal?: AbortSignal): Promise<Group> {
  return apiFetch<Group>(`/api/v1/groups/${encodeURIComponent(id)}`, { signal: signal ?? null })
}

export const groupQueryOptions = (id: string) =>
  queryOptions({
    queryKey: groupKeys.detail(id),
    queryFn: ({ signal }) => getGroup(id, signal),
  })

/** A group with its register and sessions; a 404 reaches the route's error page as "Page not found". */
export function useGroup(id: string) {
  return useSuspenseQuery(groupQueryOptions(id))
}
