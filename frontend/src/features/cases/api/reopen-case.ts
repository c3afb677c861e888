import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { caseKeys } from './query-keys'
import type { Closure, ReopenRequest } from './types'

export function reopenCase(caseId: string, request: ReopenRequest): Promise<Closure> {
  return apiFetch<Closure>(`/api/v1/cases/${encodeURIComponent(caseId)}/reopen`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  })
}

/** A senior reopens a closed case; the case (its new state), its closures and the case lists refresh. */
export function useReopenCase(caseId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (request: ReopenRequest) => reopenCase(caseId, request),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId), exact: true }),
        queryClient.invalidateQueries({ queryKey: caseKeys.closures(caseId) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.lists() }),
      ]),
  })
}
