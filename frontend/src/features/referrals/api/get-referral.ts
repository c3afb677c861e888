import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { referralKeys } from './query-keys'
import type { Referral } from './types'

export function getReferral(id: string, signal?: AbortSignal): Promise<Referral> {
  return apiFetch<Referral>(`/api/v1/referrals/${encodeURIComponent(id)}`, { signal: signal ?? null })
}

export const referralQueryOptions = (id: string) =>
  queryOptions({
    queryKey: referralKeys.detail(id),
    queryFn: ({ signal }) => getReferral(id, signal),
  })

/** One referral; a 404 (none, or another school's) reaches the route's error page as "Page not found". */
export function useReferral(id: string) {
  return useSuspenseQuery(referralQueryOptions(id))
}
