import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ApiError } from '../../../lib/api/api-error'
import { apiFetch } from '../../../lib/api/client'
import { auditKeys } from './query-keys'
import type { CaseAudit, CaseAuditGrading } from './types'

export function gradeCaseAudit(id: string, grading: CaseAuditGrading): Promise<CaseAudit> {
  return apiFetch<CaseAudit>(`/api/v1/case-audits/${encodeURIComponent(id)}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(grading),
  })
}

/** A 409 for a version that is no longer the audit's: someone else graded it meanwhile. */
export function isStaleGrading(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409 && error.problem?.currentVersion !== undefined
}

/**
 * Grades a sampled case with the version read; the audits refresh after it, and also before a refusal for a stale
 * version is known, so that the page can show the grade someone else gave meanwhile.
 */
export function useGradeCaseAudit(audit: Pick<CaseAudit, 'id' | 'caseId'>) {
  const queryClient = useQueryClient()
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: auditKeys.cycles() }),
      queryClient.invalidateQueries({ queryKey: auditKeys.ofCase(audit.caseId) }),
    ])
  return useMutation({
    mutationFn: (grading: CaseAuditGrading) => gradeCaseAudit(audit.id, grading),
    onSuccess: refresh,
    onError: (error) => (isStaleGrading(error) ? refresh() : undefined),
  })
}
