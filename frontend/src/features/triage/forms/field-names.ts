import type { FieldNaming } from '../../../lib/forms/api-problem'
import { sentence } from '../../../lib/forms/error-text'

/** The questions of the triage forms, named as the API names their fields. */
const LABELS: Record<string, string> = {
  date: 'Date of the meeting',
  area: 'Area',
  'attendees.name': 'name',
  'attendees.agency': 'agency',
  referralId: 'Referral',
  outcome: 'Decision',
  rationale: 'Rationale',
  eligibilityOverrideReason: 'Reason for accepting outside the eligibility rules',
  services: 'Services',
  followUpBy: 'Who follows up',
  declineReason: 'Reason for declining',
  infoRequested: 'What the school needs to send',
}

/** `attendees[1].name` → `attendees.1.name`; a service's error (`services[2]`) belongs to the services question. */
function formName(field: string): string {
  if (/^services\[\d+\]$/.test(field)) return 'services'
  return field.replace(/\[(\d+)\]/g, '.$1')
}

function label(field: string): string {
  const attendee = /^attendees\[(\d+)\]\.(\w+)$/.exec(field)
  if (attendee) {
    const [, index = '0', name = ''] = attendee
    return `Attendee ${Number(index) + 1}: ${LABELS[`attendees.${name}`] ?? name}`
  }
  return LABELS[formName(field)] ?? field
}

/** A date's error goes to its day input, as the GOV.UK date input asks. */
function id(field: string): string {
  const name = formName(field)
  return name === 'date' ? 'date-day' : name.replaceAll('.', '-')
}

export const triageFieldNaming: FieldNaming = {
  text: (field, message) => sentence(label(field), message),
  id,
  name: formName,
}
