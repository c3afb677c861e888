import type { SchoolPhase } from '../api/types'

export const PHASE_NAMES: Record<SchoolPhase, string> = {
  PRIMARY: 'Primary',
  MIDDLE: 'Middle',
  SECONDARY: 'Secondary',
  ALL_THROUGH: 'All-through',
  SPECIAL: 'Special',
  ALTERNATIVE_PROVISION: 'Alternative provision',
}

/** The columns of the schools import file, in the order of the sample file, with what each holds. */
export const IMPORT_COLUMNS: { name: string; holds: string }[] = [
  { name: 'urn', holds: 'The school’s unique reference number (URN) in Get Information about Schools: 6 digits' },
  { name: 'name', holds: 'The school’s name' },
  { name: 'area', holds: 'The service’s area the school belongs to, for example Pontefract' },
  { name: 'phase', holds: `One of ${Object.keys(PHASE_NAMES).join(', ')}` },
  { name: 'sen_percent', holds: 'Pupils with special educational needs, % of roll: a number from 0 to 100' },
  { name: 'looked_after', holds: 'Looked-after children on roll: a whole number' },
  { name: 'mobility_percent', holds: 'Pupils joining or leaving outside the usual times, % of roll' },
  { name: 'eal_percent', holds: 'Pupils with English as an additional language, % of roll' },
]
