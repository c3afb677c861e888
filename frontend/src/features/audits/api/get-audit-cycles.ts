import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { auditKeys } from './query-keys'
import type { AuditCycle } from './types'

export function getAuditCycles(signal?: AbortSignal): Promise<AuditCycle[]> {
  return apiFetch<AuditCycle[]>('/api/v1/audit-cycles', { signal: signal ?? null })
}

export const auditCyclesQueryOptions = () =>
  queryOptions({
    queryKey: auditKeys.cycles(),
    queryFn: ({ signal }) => getAuditCycles(signal),
  })

/** The service's audit cycles, the latest first, each with its sampled cases. */
export function useAuditCycles() {
  return useSuspenseQuery(auditCyclesQueryOptions())
}
