import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ApiError } from '../../../lib/api/api-error'
import { apiFetch } from '../../../lib/api/client'
import { triageKeys } from './query-keys'
import type { TriageDecision, TriageDecisionRequest } from './types'

/** One decision per referral per meeting; the Idempotency-Key makes a retried request (a double click) safe. */
export function recordDecision(
  meetingId: string,
  request: TriageDecisionRequest,
  idempotencyKey: string,
): Promise<TriageDecision> {
  return apiFetch<TriageDecision>(`/api/v1/triage/meetings/${encodeURIComponent(meetingId)}/decisions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify(request),
  })
}

/**
 * Records the panel's decision, then refreshes the meeting (its agenda shows the decision). When the referral
 * was decided meanwhile (409), the meeting is refreshed too, so that going back shows what was decided.
 */
export function useRecordDecision(meetingId: string) {
  const queryClient = useQueryClient()
  const refresh = () => queryClient.invalidateQueries({ queryKey: triageKeys.meeting(meetingId) })
  return useMutation({
    mutationFn: ({ request, idempotencyKey }: { request: TriageDecisionRequest; idempotencyKey: string }) =>
      recordDecision(meetingId, request, idempotencyKey),
    onSuccess: refresh,
    onError: (error) => (error instanceof ApiError && error.status === 409 ? refresh() : undefined),
  })
}
