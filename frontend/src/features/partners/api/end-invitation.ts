import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { partnerKeys } from './query-keys'
import type { CaseInvitation } from './types'

export function endInvitation(caseId: string, invitationId: string): Promise<CaseInvitation> {
  return apiFetch<CaseInvitation>(
    `/api/v1/cases/${encodeURIComponent(caseId)}/invitations/${encodeURIComponent(invitationId)}/end`,
    { method: 'POST' },
  )
}

/** Ends an invitation today: the partner no longer sees the case. The case's invitations refresh. */
export function useEndInvitation(caseId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (invitationId: string) => endInvitation(caseId, invitationId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerKeys.invitations(caseId) }),
  })
}
