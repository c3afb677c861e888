import type { FieldError } from '../../../lib/api/api-error'
import { sentence } from '../../../lib/forms/error-text'

/** A field path of the API (`carers[0].name`) as react-hook-form names it (`carers.0.name`). */
export function formName(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1')
}

const DATE_FIELD = /(^|\.)(dateOfBirth|givenOn)$/

/** Where a whole section's error goes: its first question. */
const SECTION_FIRST_FIELD: Record<string, string> = {
  child: 'child.firstName',
  carers: 'carers[0].name',
  needs: 'needs.tags',
  education: 'education.attendancePercent',
  knownTo: 'knownTo.earlyHelp',
  consent: 'consent.givenBy',
}

/**
 * The id of the input an API field path is about: `child.upn` → `child-upn`, `carers[0].name` →
 * `carers-0-name`; a date's error goes to its day input, as the GOV.UK date input asks.
 */
export function fieldId(field: string): string {
  const target = SECTION_FIRST_FIELD[field] ?? field
  const id = formName(target).replaceAll('.', '-')
  return DATE_FIELD.test(target) ? `${id}-day` : id
}

const LABELS: Record<string, string> = {
  schoolUrn: 'School',
  child: 'The child’s details',
  'child.firstName': 'First name',
  'child.lastName': 'Last name',
  'child.dateOfBirth': 'Date of birth',
  'child.gender': 'Gender',
  'child.yearGroup': 'Year group',
  'child.upn': 'Unique Pupil Number (UPN)',
  'child.nhsNumber': 'NHS number',
  'child.senProvision': 'SEN provision',
  'child.primaryNeed': 'Primary need',
  'child.hasSupportPlan': 'My Support Plan or one-page profile',
  siblings: 'Brothers and sisters',
  'siblings.firstName': 'first name',
  'siblings.lastName': 'last name',
  'siblings.dateOfBirth': 'date of birth',
  carers: 'Parents or carers',
  'carers.name': 'name',
  'carers.relationship': 'relationship to the child',
  'carers.phone': 'phone number',
  'carers.email': 'email address',
  'carers.preferredLanguage': 'preferred language',
  'carers.interpreterNeeded': 'interpreter',
  needs: 'The child’s needs',
  'needs.tags': 'Needs',
  'needs.description': 'Description of the needs',
  education: 'Impact on education',
  'education.attendancePercent': 'Attendance last term',
  'education.suspensionsThisYear': 'Suspensions this school year',
  'education.atRiskOfExclusion': 'At risk of permanent exclusion',
  schoolActions: 'What the school has done',
  knownTo: 'Known to Early Help or Social Care',
  'knownTo.earlyHelp': 'Known to Early Help',
  'knownTo.socialCare': 'Known to Social Care',
  consent: 'Consent',
  'consent.givenBy': 'Who gave consent',
  'consent.givenOn': 'Date consent was given',
  'consent.method': 'How consent was given',
  'consent.informationSharing': 'Agreement to share information',
  safeguardingConcern: 'Immediate safeguarding concern',
  reason: 'The reason',
}

/** The question a field path stands for, in words: `carers[1].phone` → "Parent or carer 2: phone number". */
export function fieldLabel(field: string): string {
  const listItem = /^(siblings|carers)\[(\d+)\]\.(\w+)$/.exec(field)
  if (listItem) {
    const [, list = '', index = '0', name = ''] = listItem
    const who = list === 'siblings' ? 'Brother or sister' : 'Parent or carer'
    return `${who} ${Number(index) + 1}: ${LABELS[`${list}.${name}`] ?? name}`
  }
  return LABELS[field] ?? field
}

/** The API's message as a sentence, with the question in front when it is a predicate ("… must be…"). */
export function errorText(error: FieldError): string {
  return sentence(fieldLabel(error.field), error.message)
}
