import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { reviewKeys } from './query-keys'
import type { DueReview } from './types'

export function getOverdueReviews(signal?: AbortSignal): Promise<DueReview[]> {
  return apiFetch<DueReview[]>('/api/v1/reviews?due=overdue', { signal: signal ?? null })
}

export const overdueReviewsQueryOptions = () =>
  queryOptions({
    queryKey: reviewKeys.overdue(),
    queryFn: ({ signal }) => getOverdueReviews(signal),
  })

/** Active cases whose next review's day has passed, the most overdue first: every case of the service for a senior. */
export function useOverdueReviews() {
  return useSuspenseQuery(overdueReviewsQueryOptions())
}
