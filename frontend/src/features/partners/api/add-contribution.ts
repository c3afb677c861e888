import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { partnerKeys } from './query-keys'
import type { Contribution, ContributionRequest } from './types'

export function addContribution(caseId: string, request: ContributionRequest): Promise<Contribution> {
  return apiFetch<Contribution>(`/api/v1/cases/${encodeURIComponent(caseId)}/contributions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  })
}

/** An invited partner adds to the case; its contributions refresh. */
export function useAddContribution(caseId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (request: ContributionRequest) => addContribution(caseId, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerKeys.contributions(caseId) }),
  })
}
