import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import type { components } from '../../../lib/api/schema'
import { apiFetch } from '../../../lib/api/client'
import { caseKeys } from './query-keys'

export type CaseEvent = components['schemas']['CaseEvent']
export type CaseEventKind = components['schemas']['CaseEventKind']

export function getHistory(caseId: string, signal?: AbortSignal): Promise<CaseEvent[]> {
  return apiFetch<CaseEvent[]>(`/api/v1/cases/${encodeURIComponent(caseId)}/history`, { signal: signal ?? null })
}

export const historyQueryOptions = (caseId: string) =>
  queryOptions({
    queryKey: caseKeys.history(caseId),
    queryFn: ({ signal }) => getHistory(caseId, signal),
  })

/** Every recorded step on a case, latest first. */
export function useHistory(caseId: string) {
  return useSuspenseQuery(historyQueryOptions(caseId))
}
