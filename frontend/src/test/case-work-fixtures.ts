import type { Closure, Intervention, OutcomeScale, Plan, PlanAction, Review } from '../features/cases/api/types'
import { CASE_ID } from './allocation-fixtures'

/** The service's interventions; the last one an admin has turned off. */
export const interventions: Intervention[] = [
  { code: 'PACE', label: 'PACE (playfulness, acceptance, curiosity, empathy)', enabled: true },
  { code: 'PARENTING_PROGRAMME', label: 'Parenting programme', enabled: true },
  { code: 'DIRECT_WORK', label: 'Direct work with the child', enabled: true },
  { code: 'NURTURE_GROUP', label: 'Nurture group', enabled: false },
]

/** The service's outcome scales; the last one an admin has turned off. */
export const outcomeScales: OutcomeScale[] = [
  { code: 'WELLBEING', label: 'The family’s view of the child’s wellbeing', minScore: 1, maxScore: 10, enabled: true },
  { code: 'SCHOOL_ENGAGEMENT', label: 'School engagement', minScore: 1, maxScore: 10, enabled: true },
  { code: 'OLD_SCALE', label: 'An old scale', minScore: 1, maxScore: 5, enabled: false },
]

export const ACTION_IDS = ['a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002'] as const

export function planAction(overrides: Partial<PlanAction> = {}): PlanAction {
  return {
    id: ACTION_IDS[0],
    what: 'Morning routine chart with Jo',
    who: 'FAMILY',
    byWhen: '2027-01-15',
    status: 'IN_PROGRESS',
    ...overrides,
  }
}

/** Child1's plan at version 2: a routine for the family and CAMHS's assessment, with PACE; saved by Priya Shah. */
export function plan(overrides: Partial<Plan> = {}): Plan {
  return {
    caseId: CASE_ID,
    actions: [
      planAction(),
      planAction({
        id: ACTION_IDS[1],
        what: 'Assessment of anxiety',
        who: 'PARTNER',
        partnerAgency: 'CAMHS',
        byWhen: '2027-02-01',
        status: 'NOT_STARTED',
      }),
    ],
    interventions: [interventions[0]!],
    version: 2,
    updatedAt: '2026-11-26T09:30:00Z',
    updatedBy: 'Priya Shah',
    ...overrides,
  }
}

/** A review of Child1's case held on 26 November 2026 that decided to continue, recorded by Priya Shah. */
export function review(overrides: Partial<Review> = {}): Review {
  return {
    id: 'b0000000-0000-4000-8000-000000000001',
    caseId: CASE_ID,
    heldOn: '2026-11-26',
    attendees: ['Jo Example (mother)', 'Priya Shah (family practitioner)'],
    progress: [
      { actionId: ACTION_IDS[0], action: 'Morning routine chart with Jo', status: 'DONE', note: 'Working well' },
    ],
    scores: { WELLBEING: 6, SCHOOL_ENGAGEMENT: 4 },
    decision: 'CONTINUE',
    nextDue: '2027-01-07',
    recordedBy: 'Priya Shah',
    recordedAt: '2026-11-26T15:00:00Z',
    ...overrides,
  }
}

/** Child1's case closed on 26 November 2026 with its outcomes achieved, against the referral's figures. */
export function closure(overrides: Partial<Closure> = {}): Closure {
  return {
    caseId: CASE_ID,
    closedOn: '2026-11-26',
    reason: 'OUTCOMES_ACHIEVED',
    outcomes: {
      placementKept: true,
      attendancePercentAfter: 94.5,
      suspensionsAfter: 0,
      atRiskOfExclusionAfter: false,
      ehcNeedsAssessmentRequested: false,
      ehcpIssued: false,
      supportingFamiliesHeadlinesMet: ['GOOD_EDUCATION', 'FAMILY_RELATIONSHIPS'],
    },
    before: { attendancePercent: 82.5, suspensions: 1, atRiskOfExclusion: true },
    feedback: [
      { from: 'PARENT', quote: 'Mornings are calmer now.', rating: 5 },
      { from: 'SCHOOL', rating: 4 },
    ],
    closedBy: 'Priya Shah',
    closedAt: '2026-11-26T16:00:00Z',
    ...overrides,
  }
}
