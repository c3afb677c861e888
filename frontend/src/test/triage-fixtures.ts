import type { AgendaItem, Area, Service, TriageDecision, TriageMeeting } from '../features/triage/api/types'
import type { components } from '../lib/api/schema'

export const MEETING_ID = '7a1d0c2e-5b3f-4e8a-9c61-2f4e6b8d0001'

export const partner1: components['schemas']['Me'] = {
  id: '4f1c9a52-0000-4000-8000-000000000006',
  username: 'partner1',
  name: 'Chris Green',
  roles: ['partner'],
  agency: 'CAMHS',
}

export const services: Service[] = [
  {
    id: '6f1c7a52-1b1e-4f7e-9a43-0c6e3f0b9a03',
    name: 'Educational psychology consultation',
    description: 'Consultation with the school on strategies and the graduated approach',
    contact: 'eps@council.example',
  },
  {
    id: '6f1c7a52-1b1e-4f7e-9a43-0c6e3f0b9a02',
    name: 'Family Hub parenting programme',
    description: 'Eight-week group programme for parents and carers',
    contact: '01924 000001',
  },
]

/** The demo areas, in the API's order (by name); Knottingley's panel meets weekly here to test the words. */
export const areas: Area[] = [
  ['Airedale', 2, 'THURSDAY'],
  ['Castleford', 2, 'FRIDAY'],
  ['Knottingley', 1, 'THURSDAY'],
  ['Pontefract', 2, 'FRIDAY'],
].map(([name, everyWeeks, weekday], index) => ({
  id: `a0000000-0000-4000-8000-00000000000${index + 1}`,
  name: String(name),
  triageCadence: { everyWeeks: Number(everyWeeks), weekday: weekday as Area['triageCadence']['weekday'] },
  version: 0,
}))

const ALL_MET: AgendaItem['eligibility'] = [
  { rule: 'AGE_RANGE', label: 'Aged 5 to 11 on the day of the panel', met: 'MET' },
  { rule: 'NOT_KNOWN_TO_SERVICES', label: 'Not known to Early Help or Social Care', met: 'MET' },
  { rule: 'SEMH_NEED', label: 'Social, emotional and mental health is the primary need', met: 'MET' },
]

/** A referral on the agenda, number `index`, every eligibility rule met unless given. */
export function agendaItem(index: number, overrides: Partial<AgendaItem> = {}): AgendaItem {
  return {
    referralId: `0b9e7c1e-4f0a-4c61-9d77-3f1f5a2c${String(index).padStart(4, '0')}`,
    reference: `TA-2026-${String(index).padStart(6, '0')}`,
    state: 'SUBMITTED',
    childName: `Child${index} Example`,
    schoolName: 'Northgate Primary School',
    submittedAt: `2026-11-${String(10 + index).padStart(2, '0')}T09:30:00Z`,
    safeguardingNeedsAttention: false,
    eligibility: ALL_MET,
    ...overrides,
  }
}

/** One of the referral's rules not met (the age), one not known (the need). */
export const FAILS_AGE: AgendaItem['eligibility'] = [
  { rule: 'AGE_RANGE', label: 'Aged 5 to 11 on the day of the panel', met: 'NOT_MET' },
  { rule: 'NOT_KNOWN_TO_SERVICES', label: 'Not known to Early Help or Social Care', met: 'MET' },
  { rule: 'SEMH_NEED', label: 'Social, emotional and mental health is the primary need', met: 'UNKNOWN' },
]

export function decision(item: AgendaItem, overrides: Partial<TriageDecision> = {}): TriageDecision {
  return {
    id: '9c2b1a00-0000-4000-8000-000000000001',
    meetingId: MEETING_ID,
    referralId: item.referralId,
    outcome: 'ACCEPT',
    rationale: 'Needs are SEMH; school has tried the graduated approach.',
    services: [],
    eligibilityOverridden: false,
    decidedAt: '2026-11-27T10:15:00Z',
    decidedBy: 'Helen Moore',
    ...overrides,
  }
}

export function meeting(agenda: AgendaItem[], overrides: Partial<TriageMeeting> = {}): TriageMeeting {
  return {
    id: MEETING_ID,
    date: '2026-11-27',
    area: 'Pontefract',
    chair: 'Helen Moore',
    attendees: [{ name: 'Sarah Cole', agency: 'Northgate Primary School' }, { name: 'Chris Green', agency: 'CAMHS' }],
    agenda,
    version: 0,
    ...overrides,
  }
}
