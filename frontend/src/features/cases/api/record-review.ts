import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { caseKeys } from './query-keys'
import type { Review, ReviewRequest } from './types'

export function recordReview(caseId: string, request: ReviewRequest): Promise<Review> {
  return apiFetch<Review>(`/api/v1/cases/${encodeURIComponent(caseId)}/reviews`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  })
}

/** Records a review; the case (its next review), its reviews and the case lists refresh. */
export function useRecordReview(caseId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (request: ReviewRequest) => recordReview(caseId, request),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.lists() }),
      ]),
  })
}
