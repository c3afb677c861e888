import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { ApiError } from '../../../lib/api/api-error'
import { apiFetch } from '../../../lib/api/client'
import { caseKeys } from './query-keys'
import type { RecordVersion } from './types'

/** Every saved version of the assessment, latest first; none while it has not been started (the API's 404). */
export async function getAssessmentVersions(caseId: string, signal?: AbortSignal): Promise<RecordVersion[]> {
  try {
    return await apiFetch<RecordVersion[]>(`/api/v1/cases/${encodeURIComponent(caseId)}/assessment/versions`, {
      signal: signal ?? null,
    })
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return []
    throw error
  }
}

export const assessmentVersionsQueryOptions = (caseId: string) =>
  queryOptions({
    queryKey: caseKeys.assessmentVersions(caseId),
    queryFn: ({ signal }) => getAssessmentVersions(caseId, signal),
  })

export function useAssessmentVersions(caseId: string) {
  return useSuspenseQuery(assessmentVersionsQueryOptions(caseId))
}
