import type { Assessment, AssessmentSections, Contact, RecordVersion } from '../features/cases/api/types'
import { CASE_ID } from './allocation-fixtures'

export { CASE_ID }

/** A home visit to Child1's family on Thursday 26 November 2026, recorded by Priya Shah. */
export function contact(overrides: Partial<Contact> = {}): Contact {
  return {
    id: 'c0a7c7a0-0000-4000-8000-000000000001',
    caseId: CASE_ID,
    date: '2026-11-26',
    type: 'HOME_VISIT',
    durationMinutes: 90,
    whoSeen: 'Mother and child',
    childSeen: true,
    childSeenAlone: false,
    note: 'Met Jo and Child1 at home.\nAgreed to meet the school next week.',
    recordedBy: 'Priya Shah',
    recordedAt: '2026-11-26T15:30:00Z',
    ...overrides,
  }
}

/** Every section of the assessment, written. */
export const WRITTEN: Required<AssessmentSections> = {
  childNeeds: 'Anxious in the mornings; struggles to settle in class.',
  parentingCapacity: 'Jo provides warm, consistent care.',
  familyEnvironment: 'Recently moved; overcrowded flat.',
  strengths: 'Close to his grandmother; loves football.',
  risks: 'School avoidance is growing.',
  wishesAndFeelings: 'Wants to feel less worried at school.',
  aspirations: 'Wants to be a PE teacher.',
  schoolInput: 'Nurture group twice a week.',
  familyNetwork: 'Grandmother can help with mornings.',
}

/** Child1's assessment, a draft at version 3 with two sections written, last saved by Priya Shah at 9:30am. */
export function assessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    caseId: CASE_ID,
    state: 'DRAFT',
    sections: { childNeeds: WRITTEN.childNeeds, strengths: WRITTEN.strengths },
    version: 3,
    updatedAt: '2026-11-26T09:30:00Z',
    updatedBy: 'Priya Shah',
    ...overrides,
  }
}

export function recordVersion(number: number, overrides: Partial<RecordVersion> = {}): RecordVersion {
  return {
    number,
    state: 'DRAFT',
    content: {},
    savedAt: `2026-11-26T09:${String(number * 10).padStart(2, '0')}:00Z`,
    savedBy: 'Priya Shah',
    ...overrides,
  }
}
