import type { components } from '../../../lib/api/schema'

/** The case audits API's shapes, as generated from openapi.yaml. */
type Schemas = components['schemas']

export type AuditCycle = Schemas['AuditCycle']
export type AuditCycleRequest = Schemas['AuditCycleRequest']
export type CaseAudit = Schemas['CaseAudit']
export type CaseAuditGrading = Schemas['CaseAuditGrading']
export type AuditGrade = Schemas['AuditGrade']
