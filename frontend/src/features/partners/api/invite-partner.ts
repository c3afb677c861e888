import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { partnerKeys } from './query-keys'
import type { CaseInvitation, CaseInvitationRequest } from './types'

export function invitePartner(caseId: string, request: CaseInvitationRequest): Promise<CaseInvitation> {
  return apiFetch<CaseInvitation>(`/api/v1/cases/${encodeURIComponent(caseId)}/invitations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  })
}

/** Invites a partner user or a whole agency to the case; its invitations refresh. */
export function useInvitePartner(caseId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (request: CaseInvitationRequest) => invitePartner(caseId, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerKeys.invitations(caseId) }),
  })
}
