import type { Referral, ReferralSummary } from '../features/referrals/api/types'
import type { components } from '../lib/api/schema'

export const REFERRAL_ID = '0b9e7c1e-4f0a-4c61-9d77-3f1f5a2c0001'

export const senco1: components['schemas']['Me'] = {
  id: '4f1c9a52-0000-4000-8000-000000000001',
  username: 'senco1',
  name: 'Sarah Cole',
  roles: ['referrer'],
  schoolUrn: '100001',
  schoolName: 'Northgate Primary School',
}

export const senior1: components['schemas']['Me'] = {
  id: '4f1c9a52-0000-4000-8000-000000000005',
  username: 'senior1',
  name: 'Helen Moore',
  roles: ['senior', 'practitioner'],
  area: 'Pontefract',
}

export const needTags = [
  { code: 'ANXIETY', label: 'Anxiety' },
  { code: 'SCHOOL_AVOIDANCE', label: 'School avoidance' },
  { code: 'SLEEP', label: 'Sleep' },
]

/** A draft with only the child's page answered. */
export function draft(overrides: Partial<Referral> = {}): Referral {
  return {
    id: REFERRAL_ID,
    reference: 'TA-2026-000001',
    state: 'DRAFT',
    version: 0,
    schoolUrn: '100001',
    schoolName: 'Northgate Primary School',
    area: 'Pontefract',
    safeguardingNeedsAttention: false,
    safeguardingConcern: false,
    createdAt: '2026-11-24T09:30:00Z',
    updatedAt: '2026-11-24T09:30:00Z',
    createdBy: { id: senco1.id, name: 'Sarah Cole' },
    child: { firstName: 'Sam', lastName: 'Example', dateOfBirth: '2017-03-14', gender: 'MALE', yearGroup: 4 },
    siblings: [],
    carers: [],
    history: [{ at: '2026-11-24T09:30:00Z', toState: 'DRAFT', byName: 'Sarah Cole' }],
    warnings: [],
    notices: [],
    allowedActions: ['EDIT', 'SUBMIT', 'WITHDRAW'],
    ...overrides,
  }
}

/** A draft with every page answered. */
export function completeDraft(overrides: Partial<Referral> = {}): Referral {
  return draft({
    child: {
      firstName: 'Sam',
      lastName: 'Example',
      dateOfBirth: '2017-03-14',
      gender: 'MALE',
      yearGroup: 4,
      upn: 'B801200005001',
      upnTemporary: false,
      nhsNumber: '9434765919',
      senProvision: 'K',
      primaryNeed: 'SEMH',
      hasSupportPlan: true,
    },
    siblings: [{ firstName: 'Alex', lastName: 'Example', dateOfBirth: '2019-06-01' }],
    carers: [
      {
        name: 'Jo Example',
        relationship: 'Mother',
        phone: '07700 900123',
        email: 'jo@example.org',
        preferredLanguage: 'English',
        interpreterNeeded: false,
      },
    ],
    needs: { tags: ['ANXIETY', 'SCHOOL_AVOIDANCE'], description: 'Finds mornings very hard.' },
    education: { attendancePercent: 82.5, suspensionsThisYear: 1, atRiskOfExclusion: false },
    schoolActions: 'Assess, plan, do, review since September.',
    knownTo: { earlyHelp: 'NO', socialCare: 'UNKNOWN' },
    consent: { givenBy: 'Jo Example', givenOn: '2026-11-20', method: 'IN_PERSON', informationSharing: true },
    version: 7,
    ...overrides,
  })
}

export function summary(index: number, overrides: Partial<ReferralSummary> = {}): ReferralSummary {
  return {
    id: `0b9e7c1e-4f0a-4c61-9d77-3f1f5a2c${String(index).padStart(4, '0')}`,
    reference: `TA-2026-${String(index).padStart(6, '0')}`,
    state: 'DRAFT',
    schoolUrn: '100001',
    schoolName: 'Northgate Primary School',
    childFirstName: `Child${index}`,
    childLastName: 'Example',
    createdAt: '2026-11-24T09:30:00Z',
    safeguardingNeedsAttention: false,
    needTags: [],
    ...overrides,
  }
}
