import type { CaseInvitation, Contribution, InvitedCase, Partner, Plan } from '../features/partners/api/types'
import type { components } from '../lib/api/schema'
import { CASE_ID } from './allocation-fixtures'

export const partner1: components['schemas']['Me'] = {
  id: '4f1c9a52-0000-4000-8000-000000000006',
  username: 'partner1',
  name: 'Chris Green',
  roles: ['partner'],
  agency: 'CAMHS',
}

/** The partner users: Chris Green of CAMHS, Dana Lee of the school nursing service, one with no agency set. */
export const partners: Partner[] = [
  { id: partner1.id, username: 'partner1', name: 'Chris Green', agency: 'CAMHS' },
  { id: '4f1c9a52-0000-4000-8000-000000000008', username: 'partner2', name: 'Dana Lee', agency: 'School nursing' },
  { id: '4f1c9a52-0000-4000-8000-000000000009', username: 'partner3', name: 'Sam Hill' },
]

/** Chris Green's invitation to Child1's case from 24 November to 24 December 2026, current, made by Priya Shah. */
export function invitation(overrides: Partial<CaseInvitation> = {}): CaseInvitation {
  return {
    id: '1a0b0c0d-0000-4000-8000-000000000001',
    caseId: CASE_ID,
    partnerId: partner1.id,
    partnerName: 'Chris Green',
    agency: 'CAMHS',
    from: '2026-11-24',
    until: '2026-12-24',
    invitedByName: 'Priya Shah',
    invitedAt: '2026-11-24T09:30:00Z',
    current: true,
    ...overrides,
  }
}

export function invitedCase(overrides: Partial<InvitedCase> = {}): InvitedCase {
  return {
    caseId: CASE_ID,
    reference: 'TA-2026-000001',
    childName: 'Child1 Example',
    schoolName: 'Northgate Primary School',
    practitionerName: 'Priya Shah',
    until: '2026-12-24',
    ...overrides,
  }
}

/** What Chris Green of CAMHS added on 25 November 2026 at 2:15pm. */
export function contribution(overrides: Partial<Contribution> = {}): Contribution {
  return {
    id: 'c0de0000-0000-4000-8000-000000000001',
    text: 'Seen at the CAMHS clinic in October.\nOn the waiting list for group work.',
    authorName: 'Chris Green',
    agency: 'CAMHS',
    addedAt: '2026-11-25T14:15:00Z',
    ...overrides,
  }
}

/** Child1's plan: a routine with the family and CAMHS group work, PACE as its intervention. */
export function plan(overrides: Partial<Plan> = {}): Plan {
  return {
    caseId: CASE_ID,
    actions: [
      {
        id: 'ac000000-0000-4000-8000-000000000001',
        what: 'A morning routine chart at home',
        who: 'FAMILY',
        byWhen: '2026-12-11',
        status: 'IN_PROGRESS',
      },
      {
        id: 'ac000000-0000-4000-8000-000000000002',
        what: 'Anxiety group work',
        who: 'PARTNER',
        partnerAgency: 'CAMHS',
        byWhen: '2027-01-29',
        status: 'NOT_STARTED',
      },
    ],
    interventions: [{ code: 'PACE', label: 'PACE', enabled: true }],
    version: 2,
    updatedAt: '2026-11-25T10:00:00Z',
    updatedBy: 'Priya Shah',
    ...overrides,
  }
}
