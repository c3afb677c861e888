import type { AuditCycle, CaseAudit } from '../features/audits/api/types'
import { CASE_ID } from './allocation-fixtures'

export const CYCLE_ID = 'a4d17000-0000-4000-8000-000000000001'
export const AUDIT_IDS = ['a4d17000-0000-4000-8000-000000000011', 'a4d17000-0000-4000-8000-000000000012'] as const

/** Child1's case (Priya Shah's) in the cycle started on 8 December 2026, not graded yet, at version 0. */
export function caseAudit(overrides: Partial<CaseAudit> = {}): CaseAudit {
  return {
    id: AUDIT_IDS[0],
    cycleId: CYCLE_ID,
    cycleStartedOn: '2026-12-08',
    caseId: CASE_ID,
    reference: 'TA-2026-000001',
    childName: 'Child1 Example',
    practitionerName: 'Priya Shah',
    version: 0,
    ...overrides,
  }
}

/** Child1's case graded Good by Helen Moore on 9 December 2026. */
export function gradedAudit(overrides: Partial<CaseAudit> = {}): CaseAudit {
  return caseAudit({
    grade: 'GOOD',
    findings: 'Contacts are timely and the plan is SMART.',
    actions: 'Record the child’s voice at each review.',
    auditedByName: 'Helen Moore',
    auditedAt: '2026-12-09T10:30:00Z',
    version: 1,
    ...overrides,
  })
}

/** Helen Moore's cycle of 8 December 2026, sampling Child1's and Child2's cases; the next is due on 19 January 2027. */
export function auditCycle(overrides: Partial<AuditCycle> = {}): AuditCycle {
  return {
    id: CYCLE_ID,
    startedOn: '2026-12-08',
    startedByName: 'Helen Moore',
    sampleSize: 2,
    nextCycleDue: '2027-01-19',
    graded: 0,
    audits: [
      caseAudit(),
      caseAudit({
        id: AUDIT_IDS[1],
        caseId: '5c3e2d10-0000-4000-8000-000000000002',
        reference: 'TA-2026-000002',
        childName: 'Child2 Example',
        practitionerName: 'Tom Walsh',
      }),
    ],
    ...overrides,
  }
}
