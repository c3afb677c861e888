import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { caseKeys } from './query-keys'
import type { OutcomeScale } from './types'

export function getOutcomeScales(signal?: AbortSignal): Promise<OutcomeScale[]> {
  return apiFetch<OutcomeScale[]>('/api/v1/outcome-scales', { signal: signal ?? null })
}

export const outcomeScalesQueryOptions = () =>
  queryOptions({
    queryKey: caseKeys.outcomeScales(),
    queryFn: ({ signal }) => getOutcomeScales(signal),
    staleTime: 5 * 60_000,
  })

/** The outcome scales a review scores, in the service's order (an admin may turn one off). */
export function useOutcomeScales() {
  return useSuspenseQuery(outcomeScalesQueryOptions())
}
