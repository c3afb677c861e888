import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import type { components } from '../../../lib/api/schema'

export type Me = components['schemas']['Me']

export function getMe(signal?: AbortSignal): Promise<Me> {
  return apiFetch<Me>('/api/v1/me', { signal: signal ?? null })
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: ['me'],
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 5 * 60_000,
  })

export function useMe() {
  return useSuspenseQuery(meQueryOptions())
}
