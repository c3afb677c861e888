import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { partnerKeys } from './query-keys'
import type { Partner } from './types'

export function getPartners(signal?: AbortSignal): Promise<Partner[]> {
  return apiFetch<Partner[]>('/api/v1/partners', { signal: signal ?? null })
}

export const partnersQueryOptions = () =>
  queryOptions({
    queryKey: partnerKeys.directory(),
    queryFn: ({ signal }) => getPartners(signal),
    staleTime: 5 * 60_000,
  })

/** The partner agencies' users, by name, with their agency: whom a case can invite. */
export function usePartners() {
  return useSuspenseQuery(partnersQueryOptions())
}
