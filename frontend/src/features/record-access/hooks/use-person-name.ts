import type { AuditEntry } from '../api/types'
import { usePractitioners } from '../api/get-practitioners'

/**
 * The name of who made an entry: a practitioner's (seniors are practitioners too) from the service's list, otherwise
 * the username they signed in with, or the client id of a partner system.
 */
export function usePersonName(): (entry: AuditEntry) => string {
  const { data: practitioners } = usePractitioners()
  const names = new Map(practitioners.map((practitioner) => [practitioner.id, practitioner.name]))
  return (entry) => names.get(entry.userId) ?? entry.username ?? entry.clientId ?? entry.userId
}
