import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { referralKeys } from './query-keys'
import type { Referral, WithdrawRequest } from './types'

export function withdrawReferral(id: string, request: WithdrawRequest): Promise<Referral> {
  return apiFetch<Referral>(`/api/v1/referrals/${encodeURIComponent(id)}/withdraw`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  })
}

export function useWithdrawReferral(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (request: WithdrawRequest) => withdrawReferral(id, request),
    onSuccess: (referral) => {
      queryClient.setQueryData(referralKeys.detail(id), referral)
      return queryClient.invalidateQueries({ queryKey: referralKeys.lists() })
    },
  })
}
