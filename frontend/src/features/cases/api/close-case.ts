import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { caseKeys } from './query-keys'
import type { Closure, ClosureRequest } from './types'

export function closeCase(caseId: string, request: ClosureRequest): Promise<Closure> {
  return apiFetch<Closure>(`/api/v1/cases/${encodeURIComponent(caseId)}/close`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  })
}

/** Closes the case; its closure is known at once, and the case and the case lists refresh. */
export function useCloseCase(caseId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (request: ClosureRequest) => closeCase(caseId, request),
    onSuccess: (closure) => {
      queryClient.setQueryData(caseKeys.closure(caseId), closure)
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId), exact: true }),
        queryClient.invalidateQueries({ queryKey: caseKeys.lists() }),
      ])
    },
  })
}
