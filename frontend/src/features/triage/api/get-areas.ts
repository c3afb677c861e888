import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { triageKeys } from './query-keys'
import type { Area } from './types'

export function getAreas(signal?: AbortSignal): Promise<Area[]> {
  return apiFetch<Area[]>('/api/v1/areas', { signal: signal ?? null })
}

export const areasQueryOptions = () =>
  queryOptions({
    queryKey: triageKeys.areas(),
    queryFn: ({ signal }) => getAreas(signal),
    staleTime: 60 * 60_000,
  })

/** The service's areas by name, each with its own panel and the panel's cadence. */
export function useAreas() {
  return useSuspenseQuery(areasQueryOptions())
}
