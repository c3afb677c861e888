import { isBlankDate, realDate, todayInLondon, toIsoDate, type DateParts } from '../../../lib/dates'
import type { FieldNaming } from '../../../lib/forms/api-problem'
import { sentence } from '../../../lib/forms/error-text'
import type { GroupKind, GroupRequest, GroupSessionRequest, HalfTerm } from '../api/types'

/** "Set up a group": the answers as typed, named as the API names its fields. */
export type GroupAnswers = {
  name: string
  kind: GroupKind | ''
  areaId: string
  schoolYear: string
  halfTerm: HalfTerm | ''
}

export function toGroupRequest(answers: GroupAnswers): GroupRequest {
  return {
    name: answers.name.trim(),
    kind: answers.kind as GroupKind,
    areaId: answers.areaId,
    schoolYear: answers.schoolYear.trim(),
    halfTerm: answers.halfTerm as HalfTerm,
  }
}

const LABELS: Record<string, string> = {
  name: 'The name of the group',
  kind: 'The kind of group',
  areaId: 'The area',
  schoolYear: 'The school year',
  halfTerm: 'The half term',
  heldOn: 'The date of the session',
  topic: 'The topic',
  attended: 'Who attended',
  caseId: 'The case',
}

/** The groups' forms' questions, named as the API names its fields (`attended[0]` is the attendance). */
export const groupFieldNaming: FieldNaming = {
  text: (field, message) => sentence(LABELS[field.replace(/\[\d+\]$/, '')] ?? field, message),
  id: (field) => (field === 'heldOn' ? 'heldOn-day' : field.replace(/\[\d+\]$/, '')),
  name: (field) => field.replace(/\[\d+\]$/, ''),
}

/** "Record a session": the answers as typed; `attended` holds the case ids of the members ticked. */
export type SessionAnswers = { heldOn: DateParts; topic: string; attended: string[] }

const realHeldOn = realDate<SessionAnswers>('Date of the session', (answers) => answers.heldOn)

/** react-hook-form's check of the date (on its day input): given, real, and not in the future. */
export function heldOnCheck(day: string, answers: SessionAnswers): true | string {
  if (isBlankDate(answers.heldOn)) return 'Enter the date of the session'
  const real = realHeldOn(day, answers)
  if (real !== true) return real
  return (toIsoDate(answers.heldOn) ?? '') <= todayInLondon() || 'Date of the session must be today or in the past'
}

export function toSessionRequest(answers: SessionAnswers): GroupSessionRequest {
  const topic = answers.topic.trim()
  return { heldOn: toIsoDate(answers.heldOn) ?? '', ...(topic === '' ? {} : { topic }), attended: answers.attended }
}
