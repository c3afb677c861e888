import { queryOptions, useSuspenseQueries } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { adminKeys } from './query-keys'
import type { NextMeetings } from './types'

const PROPOSED_MEETINGS = 3

export function getNextMeetings(name: string, signal?: AbortSignal): Promise<NextMeetings> {
  const params = new URLSearchParams({ count: String(PROPOSED_MEETINGS) })
  return apiFetch<NextMeetings>(`/api/v1/areas/${encodeURIComponent(name)}/next-meetings?${params.toString()}`, {
    signal: signal ?? null,
  })
}

export const nextMeetingsQueryOptions = (name: string) =>
  queryOptions({
    queryKey: adminKeys.nextMeetings(name),
    queryFn: ({ signal }) => getNextMeetings(name, signal),
  })

/** Each area's next panel days by its cadence, bank holidays flagged, in the order of the names given. */
export function useNextMeetings(names: string[]) {
  return useSuspenseQueries({ queries: names.map((name) => nextMeetingsQueryOptions(name)) })
}
