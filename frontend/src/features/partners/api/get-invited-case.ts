import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { partnerKeys } from './query-keys'
import type { Case } from './types'

export function getInvitedCase(caseId: string, signal?: AbortSignal): Promise<Case> {
  return apiFetch<Case>(`/api/v1/cases/${encodeURIComponent(caseId)}`, { signal: signal ?? null })
}

export const invitedCaseQueryOptions = (caseId: string) =>
  queryOptions({
    queryKey: partnerKeys.invitedCase(caseId),
    queryFn: ({ signal }) => getInvitedCase(caseId, signal),
  })

/** A case the partner is invited to now; before or after the invitation it is the API's 404 ("Page not found"). */
export function useInvitedCase(caseId: string) {
  return useSuspenseQuery(invitedCaseQueryOptions(caseId))
}
