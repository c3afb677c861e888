import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { caseKeys } from './query-keys'
import type { Contact } from './types'

export function getContacts(caseId: string, signal?: AbortSignal): Promise<Contact[]> {
  return apiFetch<Contact[]>(`/api/v1/cases/${encodeURIComponent(caseId)}/contacts`, { signal: signal ?? null })
}

export const contactsQueryOptions = (caseId: string) =>
  queryOptions({
    queryKey: caseKeys.contacts(caseId),
    queryFn: ({ signal }) => getContacts(caseId, signal),
  })

/** A case's contacts with the family, latest first. */
export function useContacts(caseId: string) {
  return useSuspenseQuery(contactsQueryOptions(caseId))
}
