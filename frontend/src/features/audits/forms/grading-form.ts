import type { FieldNaming } from '../../../lib/forms/api-problem'
import { sentence } from '../../../lib/forms/error-text'
import type { ChoiceItem } from '../../../lib/govuk/radios'
import type { TagColour } from '../../../lib/govuk/tag'
import type { AuditGrade, CaseAudit, CaseAuditGrading } from '../api/types'

/** The grades in the words and order of an inspection, from best to worst, and their tags' colours. */
export const GRADES: Record<AuditGrade, { name: string; colour: TagColour }> = {
  OUTSTANDING: { name: 'Outstanding', colour: 'green' },
  GOOD: { name: 'Good', colour: 'turquoise' },
  REQUIRES_IMPROVEMENT: { name: 'Requires improvement', colour: 'orange' },
  INADEQUATE: { name: 'Inadequate', colour: 'red' },
}

export const MAX_TEXT_LENGTH = 10000

/** A grade in words; one this version does not know is shown as the API sends it. */
export function gradeName(grade: string): string {
  return GRADES[grade as AuditGrade]?.name ?? grade
}

export const GRADE_ITEMS: ChoiceItem[] = Object.entries(GRADES).map(([value, { name }]) => ({ value, label: name }))

/** "Grade the case": the answers as typed, starting from the audit's grading when it has one. */
export type GradingAnswers = { grade: AuditGrade | ''; findings: string; actions: string }

export function gradingAnswers(audit: CaseAudit): GradingAnswers {
  return { grade: audit.grade ?? '', findings: audit.findings ?? '', actions: audit.actions ?? '' }
}

/** What the API takes, with the version of the audit the grader read; no actions is none. */
export function toGrading(answers: GradingAnswers, version: number): CaseAuditGrading {
  const actions = answers.actions.trim()
  return {
    grade: answers.grade as AuditGrade,
    findings: answers.findings.trim(),
    ...(actions === '' ? {} : { actions }),
    version,
  }
}

const LABELS: Record<string, string> = {
  grade: 'The grade',
  findings: 'Findings',
  actions: 'Actions',
  sampleSize: 'The number of cases to sample',
}

/** The audits' forms' questions, named as the API names its fields. */
export const auditFieldNaming: FieldNaming = {
  text: (field, message) => sentence(LABELS[field] ?? field, message),
  id: (field) => field,
  name: (field) => field,
}

/** "How many cases to sample?": optional; given, a whole number from 1 to 100. */
export function sampleSizeCheck(value: string): true | string {
  const size = value.trim()
  if (size === '') return true
  const valid = /^\d{1,3}$/.test(size) && Number(size) >= 1 && Number(size) <= 100
  return valid || 'Enter a whole number of cases from 1 to 100'
}
