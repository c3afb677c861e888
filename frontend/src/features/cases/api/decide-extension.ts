import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { caseKeys } from './query-keys'
import type { ExtensionDecision, Review } from './types'

export function decideExtension(reviewId: string, decision: ExtensionDecision): Promise<Review> {
  return apiFetch<Review>(`/api/v1/reviews/${encodeURIComponent(reviewId)}/extension`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(decision),
  })
}

/** A senior agrees to a review's extension or refuses it; the case's reviews refresh. */
export function useDecideExtension(caseId: string, reviewId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (decision: ExtensionDecision) => decideExtension(reviewId, decision),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.reviews(caseId) }),
  })
}
