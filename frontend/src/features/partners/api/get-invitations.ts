import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { partnerKeys } from './query-keys'
import type { CaseInvitation } from './types'

export function getInvitations(caseId: string, signal?: AbortSignal): Promise<CaseInvitation[]> {
  return apiFetch<CaseInvitation[]>(`/api/v1/cases/${encodeURIComponent(caseId)}/invitations`, {
    signal: signal ?? null,
  })
}

export const invitationsQueryOptions = (caseId: string) =>
  queryOptions({
    queryKey: partnerKeys.invitations(caseId),
    queryFn: ({ signal }) => getInvitations(caseId, signal),
  })

/** The partners invited to a case, the newest invitation first, current or not. */
export function useInvitations(caseId: string) {
  return useSuspenseQuery(invitationsQueryOptions(caseId))
}
