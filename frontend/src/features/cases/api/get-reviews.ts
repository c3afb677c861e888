import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { caseKeys } from './query-keys'
import type { Review } from './types'

export function getReviews(caseId: string, signal?: AbortSignal): Promise<Review[]> {
  return apiFetch<Review[]>(`/api/v1/cases/${encodeURIComponent(caseId)}/reviews`, { signal: signal ?? null })
}

export const reviewsQueryOptions = (caseId: string) =>
  queryOptions({
    queryKey: caseKeys.reviews(caseId),
    queryFn: ({ signal }) => getReviews(caseId, signal),
  })

/** A case's Team Around the Family reviews, latest first. */
export function useReviews(caseId: string) {
  return useSuspenseQuery(reviewsQueryOptions(caseId))
}
