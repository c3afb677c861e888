import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { adminKeys } from './query-keys'
import type { Area } from './types'

export function getArea(name: string, signal?: AbortSignal): Promise<Area> {
  return apiFetch<Area>(`/api/v1/areas/${encodeURIComponent(name)}`, { signal: signal ?? null })
}

export const areaQueryOptions = (name: string) =>
  queryOptions({
    queryKey: adminKeys.area(name),
    queryFn: ({ signal }) => getArea(name, signal),
  })

/** One area by name; none (404) reaches the route's not-found page. */
export function useArea(name: string) {
  return useSuspenseQuery(areaQueryOptions(name))
}
