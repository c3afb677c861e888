import { apiFetch } from '../../../lib/api/client'
import type { Assessment, AssessmentRequest } from './types'

/**
 * Saves the draft (PUT with the version read, none for the first save). The page's draft keeper calls it and
 * caches the answer itself: it decides when to save and what a refusal means for the text being written.
 */
export function saveAssessment(caseId: string, request: AssessmentRequest): Promise<Assessment> {
  return apiFetch<Assessment>(`/api/v1/cases/${encodeURIComponent(caseId)}/assessment`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  })
}
