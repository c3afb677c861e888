import { emptyDate, isBlankDate, realDate, todayInLondon, toIsoDate, type DateParts } from '../../../lib/dates'
import type { FieldNaming } from '../../../lib/forms/api-problem'
import { sentence } from '../../../lib/forms/error-text'
import type { ChoiceItem } from '../../../lib/govuk/radios'
import type { ContactRequest, ContactType } from '../api/types'
import { withDates } from './field-text'

/** The kinds of contact in the words the form and the contacts table use. */
export const CONTACT_TYPES: Record<ContactType, string> = {
  HOME_VISIT: 'Home visit',
  SCHOOL_VISIT: 'School visit',
  CALL: 'Call',
  MEETING: 'Meeting',
  OTHER: 'Other',
}

/** A type this version does not know is shown as the API sends it. */
export function contactTypeName(type: string): string {
  return CONTACT_TYPES[type as ContactType] ?? type
}

export const CONTACT_TYPE_ITEMS: ChoiceItem[] = Object.entries(CONTACT_TYPES).map(([value, label]) => ({
  value,
  label,
}))

export const YES_NO: ChoiceItem[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
]

export const MAX_DURATION_MINUTES = 720

/** "Record a contact": the form's answers as typed. */
export type ContactAnswers = {
  date: DateParts
  type: ContactType | ''
  durationMinutes: string
  whoSeen: string
  childSeen: 'yes' | 'no' | ''
  childSeenAlone: 'yes' | 'no' | ''
  note: string
}

export const NO_ANSWERS: ContactAnswers = {
  date: emptyDate,
  type: '',
  durationMinutes: '',
  whoSeen: '',
  childSeen: '',
  childSeenAlone: '',
  note: '',
}

const realContactDate = realDate<ContactAnswers>('Date of the contact', (values) => values.date)

/**
 * react-hook-form's check of the date (on its day input): given, real, and not in the future. The API also
 * refuses a date before the allocation, which the page learns from its answer.
 */
export function dateCheck(day: string, values: ContactAnswers): true | string {
  if (isBlankDate(values.date)) return 'Enter the date of the contact'
  const real = realContactDate(day, values)
  if (real !== true) return real
  const iso = toIsoDate(values.date)
  return iso && iso > todayInLondon() ? 'Date of the contact must be today or in the past' : true
}

/** A whole number of minutes from 1 to 12 hours. */
export function durationCheck(value: string): true | string {
  const text = value.trim()
  if (text === '') return 'Enter how long the contact took, in minutes'
  if (!/^\d+$/.test(text)) return 'How long the contact took must be a whole number of minutes, like 45'
  const minutes = Number(text)
  if (minutes < 1 || minutes > MAX_DURATION_MINUTES) {
    return `How long the contact took must be between 1 and ${MAX_DURATION_MINUTES} minutes`
  }
  return true
}

/** What the API takes, once the client checks have passed; "seen alone" only goes with a child who was seen. */
export function toContactRequest(answers: ContactAnswers): ContactRequest {
  const childSeen = answers.childSeen === 'yes'
  const whoSeen = answers.whoSeen.trim()
  return {
    date: toIsoDate(answers.date) ?? '',
    type: answers.type as ContactType,
    durationMinutes: Number(answers.durationMinutes.trim()),
    ...(whoSeen === '' ? {} : { whoSeen }),
    childSeen,
    ...(childSeen ? { childSeenAlone: answers.childSeenAlone === 'yes' } : {}),
    note: answers.note.trim(),
  }
}

/** The form's questions, named as the API names its fields. */
const LABELS: Record<string, string> = {
  date: 'Date of the contact',
  type: 'Type of contact',
  durationMinutes: 'How long the contact took',
  whoSeen: 'Who was seen',
  childSeen: 'Whether the child was seen',
  childSeenAlone: 'Whether the child was seen alone',
  note: 'Note of the contact',
}

export const contactFieldNaming: FieldNaming = {
  text: (field, message) => sentence(LABELS[field] ?? field, withDates(message)),
  /** A date's error goes to its day input, as the GOV.UK date input asks. */
  id: (field) => (field === 'date' ? 'date-day' : field),
  name: (field) => field,
}

/** 45 minutes, 1 hour, 1 hour 30 minutes. */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  const parts = [
    hours > 0 ? `${hours} ${hours === 1 ? 'hour' : 'hours'}` : '',
    rest > 0 || hours === 0 ? `${rest} ${rest === 1 ? 'minute' : 'minutes'}` : '',
  ]
  return parts.filter(Boolean).join(' ')
}
