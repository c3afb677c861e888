import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { reportKeys } from './query-keys'
import type { Area } from './types'

export function getAreas(signal?: AbortSignal): Promise<Area[]> {
  return apiFetch<Area[]>('/api/v1/areas', { signal: signal ?? null })
}

export const areasQueryOptions = () =>
  queryOptions({
    queryKey: reportKeys.areas(),
    queryFn: ({ signal }) => getAreas(signal),
    staleTime: 60 * 60_000,
  })
