import { emptyDate, isBlankDate, realDate, toIsoDate, type DateParts } from '../../../lib/dates'
import type { FieldNaming } from '../../../lib/forms/api-problem'
import { sentence } from '../../../lib/forms/error-text'
import type { CaseInvitation, CaseInvitationRequest } from '../api/types'

/** "Invite a partner": the form's answers as typed. */
export type InvitationAnswers = {
  invitee: 'partner' | 'agency' | ''
  partnerId: string
  agency: string
  from: DateParts
  until: DateParts
  note: string
}

export const NO_ANSWERS: InvitationAnswers = {
  invitee: '',
  partnerId: '',
  agency: '',
  from: emptyDate,
  until: emptyDate,
  note: '',
}

const realFrom = realDate<InvitationAnswers>('The first day', (values) => values.from)
const realUntil = realDate<InvitationAnswers>('The last day', (values) => values.until)

/** react-hook-form's check of the first day (on its day input): given and real. */
export function fromCheck(day: string, values: InvitationAnswers): true | string {
  return isBlankDate(values.from) ? 'Enter the first day the partner can see the case' : realFrom(day, values)
}

/**
 * The last day: given, real and not before the first. The API also refuses a last day in the past, which the page
 * learns from its answer.
 */
export function untilCheck(day: string, values: InvitationAnswers): true | string {
  if (isBlankDate(values.until)) return 'Enter the last day the partner can see the case'
  const real = realUntil(day, values)
  if (real !== true) return real
  const [from, until] = [toIsoDate(values.from), toIsoDate(values.until)]
  return from && until && until < from ? 'The last day must be the same as or after the first day' : true
}

/** What the API takes, once the client checks have passed: the partner user or the agency, never both. */
export function toInvitationRequest(answers: InvitationAnswers): CaseInvitationRequest {
  const note = answers.note.trim()
  return {
    ...(answers.invitee === 'partner' ? { partnerId: answers.partnerId } : { agency: answers.agency.trim() }),
    from: toIsoDate(answers.from) ?? '',
    until: toIsoDate(answers.until) ?? '',
    ...(note === '' ? {} : { note }),
  }
}

/** The form's questions, named as the API names its fields. */
const LABELS: Record<string, string> = {
  partnerId: 'Partner',
  agency: 'Agency',
  from: 'The first day',
  until: 'The last day',
  note: 'Note',
}

/** A date's error goes to its day input, as the GOV.UK date input asks. */
const IDS: Record<string, string> = { from: 'from-day', until: 'until-day' }

export const invitationFieldNaming: FieldNaming = {
  text: (field, message) => sentence(LABELS[field] ?? field, message),
  id: (field) => IDS[field] ?? field,
  name: (field) => field,
}

/** Who an invitation lets see the case: one partner (and their agency), or everyone at an agency. */
export function inviteeName(invitation: Pick<CaseInvitation, 'partnerName' | 'agency'>): string {
  const { partnerName, agency } = invitation
  return partnerName ? `${partnerName} (${agency})` : `Everyone at ${agency}`
}
