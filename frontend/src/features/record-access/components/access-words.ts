import { roleNames } from '../../../lib/role-names'
import type { AuditAction, AuditEntry, ChildRecord } from '../api/types'

/** What someone did to the record, in the words the service's staff use. */
export type AccessWord =
  | 'Read'
  | 'Saw in a list'
  | 'Changed'
  | 'Exported'
  | 'Erased'
  | 'Signed in'
  | 'Refused'
  | 'Looked at this history'

/** The order the summary lists what a person did. */
export const ACCESS_WORDS: AccessWord[] = [
  'Read',
  'Saw in a list',
  'Changed',
  'Exported',
  'Erased',
  'Signed in',
  'Looked at this history',
  'Refused',
]

const ACTION_WORDS: Record<AuditAction, AccessWord> = {
  READ: 'Read',
  LIST: 'Saw in a list',
  CREATE: 'Changed',
  UPDATE: 'Changed',
  TRANSITION: 'Changed',
  EXPORT: 'Exported',
  ERASE: 'Erased',
  SIGN_IN: 'Signed in',
  DENIED: 'Refused',
}

/** The trail's record type for a look at the trail itself. */
const AUDIT_TRAIL = 'AUDIT_TRAIL'

export const isRefused = (entry: AuditEntry) => entry.outcome === 'DENIED'

export function accessWord(entry: AuditEntry): AccessWord {
  if (isRefused(entry)) return 'Refused'
  return entry.recordType === AUDIT_TRAIL ? 'Looked at this history' : ACTION_WORDS[entry.action]
}

/** Which part of the child's record an entry is about: the referral, the case, or (by its type) another record. */
export function recordName(entry: AuditEntry, record: ChildRecord): string {
  if (entry.recordId === record.referralId) return 'Referral'
  if (entry.recordId === record.caseId) return 'Case'
  const words = entry.recordType.toLowerCase().replaceAll('_', ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** The service's names of someone's roles, most senior first. */
export const roleText = (roles: readonly string[]) => roleNames(roles).join(', ') || 'No role in the service'

/** "once", "twice", "3 times". */
export function times(count: number): string {
  if (count === 1) return 'once'
  return count === 2 ? 'twice' : `${count} times`
}
