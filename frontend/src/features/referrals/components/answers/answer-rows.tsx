import type { ReactNode } from 'react'
import type { SummaryRow } from '../../../../lib/govuk/summary-list'
import type { Referral } from '../../api/types'
import {
  CONSENT_METHODS,
  GENDERS,
  KNOWN_TO,
  SEN_PROVISIONS,
  yearGroupName,
  yesNoName,
} from '../../forms/choices'
import { formatDate } from '../../../../lib/dates'
import { PRIMARY_NEEDS } from '../../../../lib/primary-needs'

/** A row's "Change" link for a field path, or none (a read-only view). */
export type ChangeLink = (field: string, what: string) => SummaryRow['action']

type Rows = (referral: Referral, change: ChangeLink, needLabels: Map<string, string>) => SummaryRow[]

const NOT_ANSWERED = 'Not answered'

function row(key: string, value: ReactNode, field: string, change: ChangeLink): SummaryRow {
  const shown = value === '' || value === null || value === undefined ? NOT_ANSWERED : value
  return { key, value: shown, action: change(field, key) }
}

function lines(...values: (string | null | undefined | false)[]): ReactNode {
  const shown = values.filter((value): value is string => !!value)
  return shown.length === 0
    ? ''
    : shown.map((value, index) => (
        <span key={index} className="app-summary-line">
          {value}
        </span>
      ))
}

const childRows: Rows = ({ child }, change) => [
  row('Name', [child?.firstName, child?.lastName].filter(Boolean).join(' '), 'child.firstName', change),
  row('Date of birth', formatDate(child?.dateOfBirth), 'child.dateOfBirth', change),
  row('Gender', child?.gender ? GENDERS[child.gender] : '', 'child.gender', change),
  row('Year group', yearGroupName(child?.yearGroup), 'child.yearGroup', change),
  row(
    'Unique Pupil Number',
    child?.upn ? `${child.upn}${child.upnTemporary ? ' (temporary)' : ''}` : '',
    'child.upn',
    change,
  ),
  row('NHS number', child?.nhsNumber ?? '', 'child.nhsNumber', change),
  row('SEN provision', child?.senProvision ? SEN_PROVISIONS[child.senProvision] : '', 'child.senProvision', change),
  row('Primary need', child?.primaryNeed ? PRIMARY_NEEDS[child.primaryNeed] : '', 'child.primaryNeed', change),
  row('My Support Plan or one-page profile', yesNoName(child?.hasSupportPlan), 'child.hasSupportPlan', change),
]

const siblingRows: Rows = ({ siblings }, change) =>
  siblings && siblings.length > 0
    ? siblings.map((sibling, index) =>
        row(
          `Brother or sister ${index + 1}`,
          lines(
            [sibling.firstName, sibling.lastName].filter(Boolean).join(' '),
            sibling.dateOfBirth && `Born ${formatDate(sibling.dateOfBirth)}`,
          ),
          `siblings[${index}].firstName`,
          change,
        ),
      )
    : [row('Brothers and sisters', 'None', 'siblings', change)]

const carerRows: Rows = ({ carers }, change) =>
  carers && carers.length > 0
    ? carers.map((carer, index) =>
        row(
          `Parent or carer ${index + 1}`,
          lines(
            [carer.name, carer.relationship && `(${carer.relationship})`].filter(Boolean).join(' '),
            carer.phone,
            carer.email,
            carer.preferredLanguage && `Speaks ${carer.preferredLanguage}`,
            carer.interpreterNeeded === true && 'Needs an interpreter',
          ),
          `carers[${index}].name`,
          change,
        ),
      )
    : [row('Parents or carers', '', 'carers', change)]

const needsRows: Rows = ({ needs, safeguardingConcern }, change, needLabels) => [
  row('Needs', lines(...(needs?.tags ?? []).map((tag) => needLabels.get(tag) ?? tag)), 'needs.tags', change),
  row('Description', needs?.description ?? '', 'needs.description', change),
  row('Immediate safeguarding concern', safeguardingConcern ? 'Yes' : 'No', 'safeguardingConcern', change),
]

const educationRows: Rows = ({ education }, change) => [
  row(
    'Attendance last term',
    education?.attendancePercent != null ? `${education.attendancePercent}%` : '',
    'education.attendancePercent',
    change,
  ),
  row(
    'Suspensions this school year',
    education?.suspensionsThisYear?.toString() ?? '',
    'education.suspensionsThisYear',
    change,
  ),
  row('At risk of permanent exclusion', yesNoName(education?.atRiskOfExclusion), 'education.atRiskOfExclusion', change),
]

const schoolActionRows: Rows = ({ schoolActions }, change) => [
  row('What the school has done', schoolActions ?? '', 'schoolActions', change),
]

const knownToRows: Rows = ({ knownTo }, change) => [
  row('Known to Early Help', knownTo?.earlyHelp ? KNOWN_TO[knownTo.earlyHelp] : '', 'knownTo.earlyHelp', change),
  row('Known to Social Care', knownTo?.socialCare ? KNOWN_TO[knownTo.socialCare] : '', 'knownTo.socialCare', change),
]

const consentRows: Rows = ({ consent }, change) => [
  row('Given by', consent?.givenBy ?? '', 'consent.givenBy', change),
  row('Given on', formatDate(consent?.givenOn), 'consent.givenOn', change),
  row('How it was given', consent?.method ? CONSENT_METHODS[consent.method] : '', 'consent.method', change),
  row('Agrees to sharing information', yesNoName(consent?.informationSharing), 'consent.informationSharing', change),
]

/** The sections of a referral, each a heading and its summary list rows. */
export const SECTIONS: { heading: string; rows: Rows }[] = [
  { heading: 'About the child', rows: childRows },
  { heading: 'Brothers and sisters', rows: siblingRows },
  { heading: 'Parents and carers', rows: carerRows },
  { heading: 'The child’s needs', rows: needsRows },
  { heading: 'Impact on education', rows: educationRows },
  { heading: 'What the school has done', rows: schoolActionRows },
  { heading: 'Early Help and Social Care', rows: knownToRows },
  { heading: 'Consent', rows: consentRows },
]
