import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { reportKeys } from './query-keys'
import type { School, SchoolPage } from './types'

/** The API's largest page. */
const PAGE_SIZE = 200

/** Every school by name, page after page: the school filter offers them all, narrowed to an area on the page. */
export async function getAllSchools(signal?: AbortSignal): Promise<School[]> {
  const schools: School[] = []
  for (let page = 0; ; page += 1) {
    const answer = await apiFetch<SchoolPage>(`/api/v1/schools?page=${page}&size=${PAGE_SIZE}`, {
      signal: signal ?? null,
    })
    schools.push(...answer.items)
    if (answer.items.length === 0 || schools.length >= answer.total) return schools
  }
}

export const schoolsQueryOptions = () =>
  queryOptions({
    queryKey: reportKeys.schools(),
    queryFn: ({ signal }) => getAllSchools(signal),
    staleTime: 60 * 60_000,
  })
