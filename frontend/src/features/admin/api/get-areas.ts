import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { adminKeys } from './query-keys'
import type { Area } from './types'

export function getAreas(signal?: AbortSignal): Promise<Area[]> {
  return apiFetch<Area[]>('/api/v1/areas', { signal: signal ?? null })
}

export const areasQueryOptions = () =>
  queryOptions({
    queryKey: adminKeys.areas(),
    queryFn: ({ signal }) => getAreas(signal),
  })

/** The service's areas by name, each with its panel's cadence. */
export function useAreas() {
  return useSuspenseQuery(areasQueryOptions())
}
