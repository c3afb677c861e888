import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { triageKeys } from './query-keys'
import type { Service } from './types'

export function getServices(signal?: AbortSignal): Promise<Service[]> {
  return apiFetch<Service[]>('/api/v1/services', { signal: signal ?? null })
}

export const servicesQueryOptions = () =>
  queryOptions({
    queryKey: triageKeys.services(),
    queryFn: ({ signal }) => getServices(signal),
    staleTime: 60 * 60_000,
  })

/** The service directory a panel signposts families to, by name. */
export function useServices() {
  return useSuspenseQuery(servicesQueryOptions())
}
