import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { adminKeys } from './query-keys'
import type { ConfigChangePage } from './types'

/** `page` counts from zero, as the API does. */
export function getConfigChanges(page: number, size: number, signal?: AbortSignal): Promise<ConfigChangePage> {
  const params = new URLSearchParams({ page: String(page), size: String(size) })
  return apiFetch<ConfigChangePage>(`/api/v1/config-changes?${params.toString()}`, { signal: signal ?? null })
}

export const configChangesQueryOptions = (page: number, size: number) =>
  queryOptions({
    queryKey: adminKeys.configChangesPage(page, size),
    queryFn: ({ signal }) => getConfigChanges(page, size, signal),
    placeholderData: keepPreviousData,
  })

/** The configuration history, newest first, one changed field per item. */
export function useConfigChanges(page: number, size: number) {
  return useQuery(configChangesQueryOptions(page, size))
}
