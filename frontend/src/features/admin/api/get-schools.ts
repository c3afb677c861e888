import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { adminKeys } from './query-keys'
import type { SchoolPage } from './types'

/** `page` counts from zero, as the API does. */
export function getSchools(page: number, size: number, signal?: AbortSignal): Promise<SchoolPage> {
  const params = new URLSearchParams({ page: String(page), size: String(size) })
  return apiFetch<SchoolPage>(`/api/v1/schools?${params.toString()}`, { signal: signal ?? null })
}

export const schoolsQueryOptions = (page: number, size: number) =>
  queryOptions({
    queryKey: adminKeys.schoolsPage(page, size),
    queryFn: ({ signal }) => getSchools(page, size, signal),
    placeholderData: keepPreviousData,
  })

/** The schools by name, a page at a time; not suspending, so the table stays while the next page loads. */
export function useSchools(page: number, size: number) {
  return useQuery(schoolsQueryOptions(page, size))
}
