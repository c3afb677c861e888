import { apiFetch } from '../../../lib/api/client'
import type { Plan, PlanRequest } from './types'

/**
 * Saves the whole plan (PUT with the version read, none for the first save). The page's draft keeper calls it and
 * caches the answer itself: it decides when to save and what a refusal means for the plan being written.
 */
export function savePlan(caseId: string, request: PlanRequest): Promise<Plan> {
  return apiFetch<Plan>(`/api/v1/cases/${encodeURIComponent(caseId)}/plan`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  })
}
