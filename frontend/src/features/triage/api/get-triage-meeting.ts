import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { triageKeys } from './query-keys'
import type { TriageMeeting } from './types'

export function getTriageMeeting(id: string, signal?: AbortSignal): Promise<TriageMeeting> {
  return apiFetch<TriageMeeting>(`/api/v1/triage/meetings/${encodeURIComponent(id)}`, { signal: signal ?? null })
}

export const triageMeetingQueryOptions = (id: string) =>
  queryOptions({
    queryKey: triageKeys.meeting(id),
    queryFn: ({ signal }) => getTriageMeeting(id, signal),
  })

/** One meeting with its agenda; a 404 (none, or one a partner does not attend) reaches the route's error page. */
export function useTriageMeeting(id: string) {
  return useSuspenseQuery(triageMeetingQueryOptions(id))
}
