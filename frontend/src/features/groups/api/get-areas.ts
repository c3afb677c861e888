import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { groupKeys } from './query-keys'
import type { Area } from './types'

export function getAreas(signal?: AbortSignal): Promise<Area[]> {
  return apiFetch<Area[]>('/api/v1/areas', { signal: signal ?? null })
}

export const areasQueryOptions = () =>
  queryOptions({
    queryKey: groupKeys.areas(),
    queryFn: ({ signal }) => getAreas(signal),
    staleTime: 60 * 60_000,
  })

/** The service's areas by name: each runs its own groups. */
export function useAreas() {
  return useSuspenseQuery(areasQueryOptions())
}
