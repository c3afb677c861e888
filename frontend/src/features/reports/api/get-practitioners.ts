import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { reportKeys } from './query-keys'
import type { Practitioner } from './types'

export function getPractitioners(signal?: AbortSignal): Promise<Practitioner[]> {
  return apiFetch<Practitioner[]>('/api/v1/practitioners', { signal: signal ?? null })
}

export const practitionersQueryOptions = () =>
  queryOptions({
    queryKey: reportKeys.practitioners(),
    queryFn: ({ signal }) => getPractitioners(signal),
    staleTime: 60 * 60_000,
  })
