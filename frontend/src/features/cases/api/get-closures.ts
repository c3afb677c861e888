import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { caseKeys } from './query-keys'
import type { Closure } from './types'

export function getClosures(caseId: string, signal?: AbortSignal): Promise<Closure[]> {
  return apiFetch<Closure[]>(`/api/v1/cases/${encodeURIComponent(caseId)}/closures`, { signal: signal ?? null })
}

export const closuresQueryOptions = (caseId: string) =>
  queryOptions({
    queryKey: caseKeys.closures(caseId),
    queryFn: ({ signal }) => getClosures(caseId, signal),
  })

/** Every closure of the case, latest first, those a senior reopened included; not suspending the summary. */
export function useClosures(caseId: string) {
  return useQuery(closuresQueryOptions(caseId))
}
