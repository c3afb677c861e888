import { formatDate } from '../../../lib/dates'
import type { ConfigChange, SchoolPhase, Weekday } from '../api/types'
import { WEEKDAYS } from './cadence-words'
import { PHASE_NAMES } from './school-names'

/** The kinds of record the history holds; one the SPA does not know yet shows as the API names it. */
const ENTITIES: Record<string, string> = {
  SCHOOL: 'School',
  AREA: 'Area',
  ELIGIBILITY_RULE: 'Eligibility rule',
  PRACTITIONER: 'Practitioner',
}

/** The settings as the configuration pages name them, by the API's field names. */
const FIELDS: Record<string, string> = {
  name: 'Name',
  area: 'Area',
  phase: 'Phase',
  'vulnerability.senPercent': 'SEN, % of roll',
  'vulnerability.lookedAfter': 'Looked-after children',
  'vulnerability.mobilityPercent': 'Mobility, % of roll',
  'vulnerability.ealPercent': 'EAL, % of roll',
  'triageCadence.everyWeeks': 'Weeks between meetings',
  'triageCadence.weekday': 'Meeting day',
  'triageCadence.startsOn': 'A meeting day',
  enabled: 'Checked at triage',
  minAge: 'Youngest age',
  maxAge: 'Oldest age',
  capacity: 'Capacity',
}

export function entityName(entity: ConfigChange['entity']): string {
  return ENTITIES[entity] ?? entity
}

export function fieldName(field: string): string {
  return FIELDS[field] ?? field
}

/** A value as the pages show it: yes or no, a weekday's or phase's name, a date in words, a %; none when absent. */
export function valueWords(field: string, value: string | undefined): string {
  if (value === undefined || value === null) return 'None'
  if (field === 'enabled') return value === 'true' ? 'Yes' : value === 'false' ? 'No' : value
  if (field === 'triageCadence.weekday') return WEEKDAYS[value as Weekday] ?? value
  if (field === 'phase') return PHASE_NAMES[value as SchoolPhase] ?? value
  if (field === 'triageCadence.startsOn') return formatDate(value)
  if (field.endsWith('Percent')) return `${value}%`
  return value
}
