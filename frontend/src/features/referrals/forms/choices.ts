import type { ChoiceItem } from '../../../lib/govuk/radios'
import type { SelectOption } from '../../../lib/govuk/select'
import { PRIMARY_NEEDS } from '../../../lib/primary-needs'
import type { ReferralRequest } from '../api/types'

type Child = NonNullable<ReferralRequest['child']>
type Gender = NonNullable<Child['gender']>
type SenProvision = NonNullable<Child['senProvision']>
type KnownTo = NonNullable<NonNullable<NonNullable<ReferralRequest['knownTo']>['earlyHelp']>>
type ConsentMethod = NonNullable<NonNullable<ReferralRequest['consent']>['method']>

/** The API's codes in the words the form and the summaries use. */
export const GENDERS: Record<Gender, string> = {
  FEMALE: 'Female',
  MALE: 'Male',
  OTHER: 'Other',
  NOT_KNOWN: 'Not known',
}

export const SEN_PROVISIONS: Record<SenProvision, string> = {
  N: 'No special educational needs',
  K: 'SEN support',
  E: 'Education, health and care (EHC) plan',
}

export const KNOWN_TO: Record<KnownTo, string> = { YES: 'Yes', NO: 'No', UNKNOWN: 'Not known' }

export const CONSENT_METHODS: Record<ConsentMethod, string> = {
  IN_PERSON: 'In person',
  PHONE: 'By phone',
  WRITTEN: 'In writing (a signed form)',
  EMAIL: 'By email',
}

export function yearGroupName(yearGroup: number | null | undefined): string {
  return yearGroup === null || yearGroup === undefined ? '' : yearGroup === 0 ? 'Reception' : `Year ${yearGroup}`
}

export const YEAR_GROUP_OPTIONS: SelectOption[] = [
  { value: '', text: 'Choose a year group' },
  ...Array.from({ length: 14 }, (_, year) => ({ value: String(year), text: yearGroupName(year) })),
]

export const PRIMARY_NEED_OPTIONS: SelectOption[] = [
  { value: '', text: 'Choose the primary need' },
  ...Object.entries(PRIMARY_NEEDS).map(([value, text]) => ({ value, text })),
]

export function choiceItems(names: Record<string, string>): ChoiceItem[] {
  return Object.entries(names).map(([value, label]) => ({ value, label }))
}

export const YES_NO: ChoiceItem[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
]

export function yesNoName(value: boolean | null | undefined): string {
  return value === true ? 'Yes' : value === false ? 'No' : ''
}
