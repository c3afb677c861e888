import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { referralKeys } from './query-keys'
import type { Referral, ReferralRequest } from './types'

export function createReferral(request: ReferralRequest): Promise<Referral> {
  return apiFetch<Referral>('/api/v1/referrals', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  })
}

/** Starts a draft; the new referral goes into the cache and every list is refreshed. */
export function useCreateReferral() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createReferral,
    onSuccess: (referral) => {
      queryClient.setQueryData(referralKeys.detail(referral.id), referral)
      return queryClient.invalidateQueries({ queryKey: referralKeys.lists() })
    },
  })
}
