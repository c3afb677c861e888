import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { caseKeys } from './query-keys'
import type { Contact, ContactRequest } from './types'

export function recordContact(caseId: string, request: ContactRequest): Promise<Contact> {
  return apiFetch<Contact>(`/api/v1/cases/${encodeURIComponent(caseId)}/contacts`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  })
}

/** Records a contact; the case (its state and first contact), its contacts and the case lists refresh. */
export function useRecordContact(caseId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (request: ContactRequest) => recordContact(caseId, request),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.lists() }),
      ]),
  })
}
