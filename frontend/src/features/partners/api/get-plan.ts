import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { ApiError } from '../../../lib/api/api-error'
import { apiFetch } from '../../../lib/api/client'
import { partnerKeys } from './query-keys'
import type { Plan } from './types'

/** The case's support plan, or null while none has been written (the API's 404 for a case the partner can see). */
export async function getPlan(caseId: string, signal?: AbortSignal): Promise<Plan | null> {
  try {
    return await apiFetch<Plan>(`/api/v1/cases/${encodeURIComponent(caseId)}/plan`, { signal: signal ?? null })
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null
    throw error
  }
}

export const planQueryOptions = (caseId: string) =>
  queryOptions({
    queryKey: partnerKeys.plan(caseId),
    queryFn: ({ signal }) => getPlan(caseId, signal),
  })

/** Read it after the case: a case the partner cannot see is the case's 404, not "no plan yet". */
export function usePlan(caseId: string) {
  return useSuspenseQuery(planQueryOptions(caseId))
}
