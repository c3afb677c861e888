import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { caseKeys } from './query-keys'
import type { Case } from './types'

export function getCase(id: string, signal?: AbortSignal): Promise<Case> {
  return apiFetch<Case>(`/api/v1/cases/${encodeURIComponent(id)}`, { signal: signal ?? null })
}

export const caseQueryOptions = (id: string) =>
  queryOptions({
    queryKey: caseKeys.detail(id),
    queryFn: ({ signal }) => getCase(id, signal),
  })

/** One case; a 404 (none, or another practitioner's) reaches the route's error page as "Page not found". */
export function useCase(id: string) {
  return useSuspenseQuery(caseQueryOptions(id))
}
