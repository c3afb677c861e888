import type {
  Area,
  ConfigChange,
  EligibilityRule,
  NextMeetings,
  Practitioner,
  School,
  SchoolPage,
} from '../features/admin/api/types'
import type { components } from '../lib/api/schema'
import { areas } from './triage-fixtures'

export { areas }

export const admin1: components['schemas']['Me'] = {
  id: '4f1c9a52-0000-4000-8000-000000000007',
  username: 'admin1',
  name: 'Alex Morgan',
  roles: ['admin'],
}

/** A school of the sample file, number `index` (URN 1000xx), its figures overridable. */
export function school(index: number, overrides: Partial<School> = {}): School {
  return {
    urn: String(100000 + index),
    name: `School ${index}`,
    area: 'Pontefract',
    phase: 'PRIMARY',
    vulnerability: { senPercent: 18.5, lookedAfter: 4, mobilityPercent: 9, ealPercent: 6.5 },
    version: 0,
    ...overrides,
  }
}

export function schoolPage(items: School[], page = 0, size = 50, total = items.length): SchoolPage {
  return { items, page, size, total }
}

/** The three rules of the demo service, in the API's order (by code), all checked. */
export const rules: EligibilityRule[] = [
  {
    code: 'AGE_RANGE',
    label: 'Aged 5 to 11 on the day of the panel',
    enabled: true,
    minAge: 5,
    maxAge: 11,
    version: 3,
  },
  { code: 'NOT_KNOWN_TO_SERVICES', label: 'Not known to Early Help or Social Care', enabled: true, version: 1 },
  {
    code: 'SEMH_NEED',
    label: 'Social, emotional and mental health is the primary need',
    enabled: false,
    version: 2,
  },
]

/** Pontefract's panel as the demo has it: every 2 weeks on a Friday, from 2 January 2026. */
export const pontefract: Area = {
  id: 'a0000000-0000-4000-8000-000000000004',
  name: 'Pontefract',
  triageCadence: { everyWeeks: 2, weekday: 'FRIDAY', startsOn: '2026-01-02' },
  version: 5,
}

/** The next three meeting days of an area from 27 November 2026; the third is flagged when `bankHoliday`. */
export function nextMeetings(area: Area, bankHoliday = false): NextMeetings {
  return {
    area: area.name,
    triageCadence: area.triageCadence,
    meetings: [
      { date: '2026-11-27', bankHoliday: false },
      { date: '2026-12-11', bankHoliday: false },
      { date: '2026-12-25', bankHoliday },
    ],
  }
}

export const practitioners: Practitioner[] = [
  {
    id: '4f1c9a52-0000-4000-8000-000000000003',
    username: 'practitioner1',
    name: 'Priya Shah',
    area: 'Pontefract',
    caseload: 3,
    capacity: 12,
    version: 4,
  },
  {
    id: '4f1c9a52-0000-4000-8000-000000000005',
    username: 'senior1',
    name: 'Helen Moore',
    caseload: 1,
    capacity: 5,
    version: 0,
  },
]

/** One changed field in the history, number `index`, by Alex Morgan. */
export function configChange(index: number, overrides: Partial<ConfigChange> = {}): ConfigChange {
  return {
    id: `c0000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    at: '2026-11-24T09:30:00Z',
    userId: admin1.id,
    username: 'admin1',
    entity: 'ELIGIBILITY_RULE',
    entityKey: 'SEMH_NEED',
    field: 'enabled',
    oldValue: 'true',
    newValue: 'false',
    ...overrides,
  }
}
