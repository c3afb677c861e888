import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { auditKeys } from './query-keys'
import type { AuditCycle, AuditCycleRequest } from './types'

export function startAuditCycle(request: AuditCycleRequest): Promise<AuditCycle> {
  return apiFetch<AuditCycle>('/api/v1/audit-cycles', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  })
}

/** Starts a cycle that samples open cases at random; the new cycle is known at once, and the list refreshes. */
export function useStartAuditCycle() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: startAuditCycle,
    onSuccess: (cycle) => {
      queryClient.setQueryData(auditKeys.cycle(cycle.id), cycle)
      return queryClient.invalidateQueries({ queryKey: auditKeys.cycles(), exact: true })
    },
  })
}
