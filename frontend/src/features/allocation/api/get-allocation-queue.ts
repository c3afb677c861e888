import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { allocationKeys } from './query-keys'
import type { AllocationQueueItem } from './types'

export function getAllocationQueue(signal?: AbortSignal): Promise<AllocationQueueItem[]> {
  return apiFetch<AllocationQueueItem[]>('/api/v1/allocations/queue', { signal: signal ?? null })
}

export const allocationQueueQueryOptions = () =>
  queryOptions({
    queryKey: allocationKeys.queue(),
    queryFn: ({ signal }) => getAllocationQueue(signal),
  })

/** The accepted referrals waiting for a practitioner, in the service's priority order, each with its reason. */
export function useAllocationQueue() {
  return useSuspenseQuery(allocationQueueQueryOptions())
}
