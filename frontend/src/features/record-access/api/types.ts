import type { components } from '../../../lib/api/schema'

type Schemas = components['schemas']

export type AuditEntry = Schemas['AuditEntry']
export type AuditPage = Schemas['AuditPage']
export type AuditAction = Schemas['AuditAction']
export type Practitioner = Schemas['Practitioner']

/** A child's whole record: the referral and, once allocated, its case. */
export type ChildRecord = { referralId: string; caseId?: string | undefined }

export const recordIds = (record: ChildRecord): string[] =>
  record.caseId ? [record.referralId, record.caseId] : [record.referralId]
