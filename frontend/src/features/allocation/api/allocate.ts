import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ApiError } from '../../../lib/api/api-error'
import { apiFetch } from '../../../lib/api/client'
import { allocationKeys } from './query-keys'
import type { AllocationRequest, Case } from './types'

/** Opens the case; the Idempotency-Key makes a retried request (a double click) safe. */
export function allocate(request: AllocationRequest, idempotencyKey: string): Promise<Case> {
  return apiFetch<Case>('/api/v1/allocations', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify(request),
  })
}

/**
 * Allocates a referral, then refreshes the queue and the caseloads. A refusal refreshes them too: a 409 means
 * someone allocated the referral first, and a 400 may mean the practitioner has reached capacity meanwhile.
 */
export function useAllocate() {
  const queryClient = useQueryClient()
  const refresh = () => queryClient.invalidateQueries({ queryKey: allocationKeys.all })
  return useMutation({
    mutationFn: ({ request, idempotencyKey }: { request: AllocationRequest; idempotencyKey: string }) =>
      allocate(request, idempotencyKey),
    onSuccess: refresh,
    onError: (error) => (error instanceof ApiError && error.status < 500 ? refresh() : undefined),
  })
}
