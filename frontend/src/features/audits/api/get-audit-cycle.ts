import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { auditKeys } from './query-keys'
import type { AuditCycle } from './types'

export function getAuditCycle(id: string, signal?: AbortSignal): Promise<AuditCycle> {
  return apiFetch<AuditCycle>(`/api/v1/audit-cycles/${encodeURIComponent(id)}`, { signal: signal ?? null })
}

export const auditCycleQueryOptions = (id: string) =>
  queryOptions({
    queryKey: auditKeys.cycle(id),
    queryFn: ({ signal }) => getAuditCycle(id, signal),
  })

/** One audit cycle with its sampled cases; a 404 reaches the route's error page as "Page not found". */
export function useAuditCycle(id: string) {
  return useSuspenseQuery(auditCycleQueryOptions(id))
}
