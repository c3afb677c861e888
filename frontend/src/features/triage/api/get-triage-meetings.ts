import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { triageKeys } from './query-keys'
import type { TriageMeetingSummary } from './types'

export function getTriageMeetings(signal?: AbortSignal): Promise<TriageMeetingSummary[]> {
  return apiFetch<TriageMeetingSummary[]>('/api/v1/triage/meetings', { signal: signal ?? null })
}

export const triageMeetingsQueryOptions = () =>
  queryOptions({
    queryKey: triageKeys.meetings(),
    queryFn: ({ signal }) => getTriageMeetings(signal),
  })

/** The meetings the caller may see, latest first: every meeting for a senior, those they attend for a partner. */
export function useTriageMeetings() {
  return useSuspenseQuery(triageMeetingsQueryOptions())
}
