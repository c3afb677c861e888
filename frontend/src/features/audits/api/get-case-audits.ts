import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { auditKeys } from './query-keys'
import type { CaseAudit } from './types'

export function getCaseAudits(caseId: string, signal?: AbortSignal): Promise<CaseAudit[]> {
  return apiFetch<CaseAudit[]>(`/api/v1/cases/${encodeURIComponent(caseId)}/audits`, { signal: signal ?? null })
}

export const caseAuditsQueryOptions = (caseId: string) =>
  queryOptions({
    queryKey: auditKeys.ofCase(caseId),
    queryFn: ({ signal }) => getCaseAudits(caseId, signal),
  })

/** A case's graded audits, latest first; not suspending, so that the case's summary shows while they load. */
export function useCaseAudits(caseId: string) {
  return useQuery(caseAuditsQueryOptions(caseId))
}
