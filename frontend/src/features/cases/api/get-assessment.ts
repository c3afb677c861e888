import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { ApiError } from '../../../lib/api/api-error'
import { apiFetch } from '../../../lib/api/client'
import { caseKeys } from './query-keys'
import type { Assessment } from './types'

/** The case's assessment, or null while none has been started (the API's 404 for a case the caller can see). */
export async function getAssessment(caseId: string, signal?: AbortSignal): Promise<Assessment | null> {
  try {
    return await apiFetch<Assessment>(`/api/v1/cases/${encodeURIComponent(caseId)}/assessment`, {
      signal: signal ?? null,
    })
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null
    throw error
  }
}

export const assessmentQueryOptions = (caseId: string) =>
  queryOptions({
    queryKey: caseKeys.assessment(caseId),
    queryFn: ({ signal }) => getAssessment(caseId, signal),
  })

/** Read it after the case: a case the caller cannot see is the case's 404, not "not started". */
export function useAssessment(caseId: string) {
  return useSuspenseQuery(assessmentQueryOptions(caseId))
}
