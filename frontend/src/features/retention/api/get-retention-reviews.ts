import { keepPreviousData, queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { retentionKeys } from './query-keys'
import type { RetentionReviewPage, RetentionState } from './types'

/** Pages count from 0 here, as the API counts them. */
export type ReviewsQuery = { state: RetentionState; page: number; size: number }

export function getRetentionReviews(query: ReviewsQuery, signal?: AbortSignal): Promise<RetentionReviewPage> {
  const params = new URLSearchParams({ state: query.state, page: String(query.page), size: String(query.size) })
  return apiFetch<RetentionReviewPage>(`/api/v1/retention/reviews?${params.toString()}`, { signal: signal ?? null })
}

export const retentionReviewsQueryOptions = (query: ReviewsQuery) =>
  queryOptions({
    queryKey: retentionKeys.reviews(query.state, query.page, query.size),
    queryFn: ({ signal }) => getRetentionReviews(query, signal),
  })

/** One page of the records in a state, earliest due first; the page on show stays while the next one loads. */
export function useRetentionReviews(query: ReviewsQuery) {
  return useQuery({ ...retentionReviewsQueryOptions(query), placeholderData: keepPreviousData })
}

/** The same page for a page that cannot show without it (deciding on one of its records). */
export function useRetentionReviewsNow(query: ReviewsQuery) {
  return useSuspenseQuery(retentionReviewsQueryOptions(query))
}
