import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ApiError } from '../../../lib/api/api-error'
import { apiFetch } from '../../../lib/api/client'
import { referralKeys } from './query-keys'
import type { Referral, ReferralUpdate } from './types'

export function updateReferral(id: string, update: ReferralUpdate): Promise<Referral> {
  return apiFetch<Referral>(`/api/v1/referrals/${encodeURIComponent(id)}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(update),
  })
}

/**
 * Saves a draft's answers with the version they were read at. On a stale version (409) the cached
 * referral is refreshed, so that the next save starts from what someone else saved.
 */
export function useUpdateReferral(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (update: ReferralUpdate) => updateReferral(id, update),
    onSuccess: (referral) => {
      queryClient.setQueryData(referralKeys.detail(id), referral)
      return queryClient.invalidateQueries({ queryKey: referralKeys.lists() })
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        return queryClient.invalidateQueries({ queryKey: referralKeys.detail(id) })
      }
    },
  })
}
