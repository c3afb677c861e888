import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { partnerKeys } from './query-keys'
import type { InvitedCase } from './types'

export function getInvitedCases(signal?: AbortSignal): Promise<InvitedCase[]> {
  return apiFetch<InvitedCase[]>('/api/v1/invited-cases', { signal: signal ?? null })
}

export const invitedCasesQueryOptions = () =>
  queryOptions({
    queryKey: partnerKeys.invitedCases(),
    queryFn: ({ signal }) => getInvitedCases(signal),
  })

/** The cases the signed-in partner is invited to today, the invitation ending soonest first. */
export function useInvitedCases() {
  return useSuspenseQuery(invitedCasesQueryOptions())
}
