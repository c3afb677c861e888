import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { ApiError } from '../../../lib/api/api-error'
import { apiFetch } from '../../../lib/api/client'
import { caseKeys } from './query-keys'
import type { RecordVersion } from './types'

/** Every saved version of the plan, latest first; none while it has not been saved (the API's 404). */
export async function getPlanVersions(caseId: string, signal?: AbortSignal): Promise<RecordVersion[]> {
  try {
    return await apiFetch<RecordVersion[]>(`/api/v1/cases/${encodeURIComponent(caseId)}/plan/versions`, {
      signal: signal ?? null,
    })
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return []
    throw error
  }
}

export const planVersionsQueryOptions = (caseId: string) =>
  queryOptions({
    queryKey: caseKeys.planVersions(caseId),
    queryFn: ({ signal }) => getPlanVersions(caseId, signal),
  })

export function usePlanVersions(caseId: string) {
  return useSuspenseQuery(planVersionsQueryOptions(caseId))
}
