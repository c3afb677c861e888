import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { allocationKeys } from './query-keys'
import type { AllocationQueuePage } from './types'

export type QueueRequest =
  /** A page of the queue, zero-based as the API counts. */
  | { page: number; size: number }
  /** One referral alone, at its place in the whole queue. */
  | { referralId: string }

export function getAllocationQueue(request: QueueRequest, signal?: AbortSignal): Promise<AllocationQueuePage> {
  const params =
    'referralId' in request
      ? new URLSearchParams({ referralId: request.referralId })
      : new URLSearchParams({ page: String(request.page), size: String(request.size) })
  return apiFetch<AllocationQueuePage>(`/api/v1/allocations/queue?${params.toString()}`, { signal: signal ?? null })
}

export const allocationQueueQueryOptions = (request: QueueRequest) =>
  queryOptions({
    queryKey: allocationKeys.queue(request),
    queryFn: ({ signal }) => getAllocationQueue(request, signal),
  })

/** Accepted referrals waiting for a practitioner, in the service's priority order, each with its reason. */
export function useAllocationQueue(request: QueueRequest) {
  return useSuspenseQuery(allocationQueueQueryOptions(request))
}
