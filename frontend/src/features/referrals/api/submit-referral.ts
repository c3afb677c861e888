import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { referralKeys } from './query-keys'
import type { Referral } from './types'

export function submitReferral(id: string): Promise<Referral> {
  return apiFetch<Referral>(`/api/v1/referrals/${encodeURIComponent(id)}/submit`, { method: 'POST' })
}

export function useSubmitReferral(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => submitReferral(id),
    onSuccess: (referral) => {
      queryClient.setQueryData(referralKeys.detail(id), referral)
      return queryClient.invalidateQueries({ queryKey: referralKeys.lists() })
    },
  })
}
