import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { caseKeys } from './query-keys'
import type { Assessment } from './types'

export function completeAssessment(caseId: string, version: number): Promise<Assessment> {
  return apiFetch<Assessment>(`/api/v1/cases/${encodeURIComponent(caseId)}/assessment/complete`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ version }),
  })
}

/** Completes the assessment at the version saved; its versions list gains the completed one. */
export function useCompleteAssessment(caseId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (version: number) => completeAssessment(caseId, version),
    onSuccess: (completed) => {
      queryClient.setQueryData(caseKeys.assessment(caseId), completed)
      return queryClient.invalidateQueries({ queryKey: caseKeys.assessmentVersions(caseId) })
    },
  })
}
