import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { referralKeys } from './query-keys'
import type { ReferralPage, ReferralState } from './types'

export type ReferralFilters = {
  state?: ReferralState | undefined
  q?: string | undefined
  /** Zero-based, as the API counts. */
  page: number
  size: number
}

export function getReferrals(filters: ReferralFilters, signal?: AbortSignal): Promise<ReferralPage> {
  const params = new URLSearchParams({ page: String(filters.page), size: String(filters.size) })
  if (filters.state) params.set('state', filters.state)
  if (filters.q) params.set('q', filters.q)
  return apiFetch<ReferralPage>(`/api/v1/referrals?${params.toString()}`, { signal: signal ?? null })
}

export const referralsQueryOptions = (filters: ReferralFilters) =>
  queryOptions({
    queryKey: referralKeys.list(filters),
    queryFn: ({ signal }) => getReferrals(filters, signal),
    placeholderData: keepPreviousData,
  })

/** Not suspending: the table keeps the last page on screen while the next one loads. */
export function useReferrals(filters: ReferralFilters) {
  return useQuery(referralsQueryOptions(filters))
}
