import { emptyDate, isBlankDate, realDate, todayInLondon, toIsoDate, type DateParts } from '../../../lib/dates'
import type { FieldNaming } from '../../../lib/forms/api-problem'
import { sentence } from '../../../lib/forms/error-text'
import type { ActionStatus, OutcomeScale, Plan, ReviewDecision, ReviewRequest } from '../api/types'
import { deviceCopy, isRecord, isString, type DeviceCopy } from './device-copy'
import { formName, withDates } from './field-text'
import { STATUSES } from './plan-form'

/** A review's decision, in the words of the form and the reviews, with what it means for the case. */
export const DECISIONS: Record<ReviewDecision, { label: string; hint: string }> = {
  CONTINUE: { label: 'Continue the support', hint: 'Another review follows.' },
  EXTEND: {
    label: 'Extend the support',
    hint: 'Beyond the usual 4 months, by exception: a senior must agree. Another review follows.',
  },
  STEP_UP: { label: 'Step up to social care', hint: 'The reviews end: close the case as stepped up.' },
  STEP_DOWN: { label: 'Step down to universal services', hint: 'The reviews end: close the case as stepped down.' },
  CLOSE: { label: 'Close the case', hint: 'The reviews end: close the case with its outcomes.' },
}

export function decisionName(decision: string): string {
  return DECISIONS[decision as ReviewDecision]?.label ?? decision
}

export type ProgressAnswers = { actionId: string; status: ActionStatus | ''; note: string }

/** "Record a review": the answers as typed; a score by its scale's code, '' when not scored. */
export type ReviewAnswers = {
  heldOn: DateParts
  attendees: string
  progress: ProgressAnswers[]
  scores: Record<string, string>
  decision: ReviewDecision | ''
  notes: string
}

export const MAX_ATTENDEES = 30
export const MAX_NOTES_LENGTH = 10_000
export const MAX_PROGRESS_NOTE_LENGTH = 2000

/** The scales a review scores now. */
export function scoredScales(scales: OutcomeScale[]): OutcomeScale[] {
  return scales.filter((scale) => scale.enabled)
}

/** An empty review of the plan as it is: each action where the plan says it stands, each scale not scored. */
export function blankReview(plan: Plan | null, scales: OutcomeScale[]): ReviewAnswers {
  return {
    heldOn: { ...emptyDate },
    attendees: '',
    progress: (plan?.actions ?? []).map((action) => ({ actionId: action.id, status: action.status, note: '' })),
    scores: Object.fromEntries(scoredScales(scales).map((scale) => [scale.code, ''])),
    decision: '',
    notes: '',
  }
}

const text = (value: unknown) => (isString(value) ? value : '')

/**
 * The answers this device kept, fitted to the review as it is now: progress on the plan's actions today (an
 * action's kept answer when it is still in the plan) and the scales scored today.
 */
function fitted(stored: unknown, blank: ReviewAnswers): ReviewAnswers | undefined {
  if (!isRecord(stored)) return undefined
  const heldOn = isRecord(stored['heldOn']) ? stored['heldOn'] : {}
  const progress = Array.isArray(stored['progress']) ? stored['progress'].filter(isRecord) : []
  const scores = isRecord(stored['scores']) ? stored['scores'] : {}
  const decision = text(stored['decision'])
  return {
    heldOn: { day: text(heldOn['day']), month: text(heldOn['month']), year: text(heldOn['year']) },
    attendees: text(stored['attendees']),
    progress: blank.progress.map((action) => {
      const kept = progress.find((answer) => answer['actionId'] === action.actionId)
      const status = text(kept?.['status'])
      return kept && Object.hasOwn(STATUSES, status)
        ? { ...action, status: status as ActionStatus, note: text(kept['note']) }
        : action
    }),
    scores: Object.fromEntries(Object.keys(blank.scores).map((code) => [code, text(scores[code])])),
    decision: Object.hasOwn(DECISIONS, decision) ? (decision as ReviewDecision) : '',
    notes: text(stored['notes']),
  }
}

/** What the user has typed of a review not yet recorded, kept on this device by case until it is. */
export function reviewCopy(caseId: string, blank: ReviewAnswers): DeviceCopy<ReviewAnswers> {
  return deviceCopy(`review-form.${caseId}`, (stored) => fitted(stored, blank))
}

export function attendeeList(attendees: string): string[] {
  return attendees
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

const realHeldOn = realDate<ReviewAnswers>('The date of the review', (values) => values.heldOn)

/** Given, real, and not in the future (the API also refuses a date before the allocation). */
export function heldOnCheck(day: string, values: ReviewAnswers): true | string {
  if (isBlankDate(values.heldOn)) return 'Enter the date the review was held'
  const real = realHeldOn(day, values)
  if (real !== true) return real
  const iso = toIsoDate(values.heldOn)
  return iso && iso > todayInLondon() ? 'The date of the review must be today or in the past' : true
}

export function attendeesCheck(value: string): true | string {
  const attendees = attendeeList(value)
  if (attendees.length === 0) return 'Enter who attended the review'
  if (attendees.length > MAX_ATTENDEES) return `Enter up to ${MAX_ATTENDEES} people who attended`
  return (
    attendees.every((attendee) => attendee.length <= 200) || 'Each person who attended must be 200 characters or fewer'
  )
}

/** A score is optional; given, a whole number on the scale. */
export function scoreCheck(scale: OutcomeScale) {
  return (value: string): true | string => {
    const score = value.trim()
    if (score === '') return true
    const number = Number(score)
    return (
      (/^\d+$/.test(score) && number >= scale.minScore && number <= scale.maxScore) ||
      `${scale.label} must be a whole number from ${scale.minScore} to ${scale.maxScore}`
    )
  }
}

/** What the API takes, once the client checks have passed: the scales scored, the notes written. */
export function toReviewRequest(answers: ReviewAnswers): ReviewRequest {
  const notes = answers.notes.trim()
  return {
    heldOn: toIsoDate(answers.heldOn) ?? '',
    attendees: attendeeList(answers.attendees),
    progress: answers.progress.map((action) => {
      const note = action.note.trim()
      return { actionId: action.actionId, status: action.status as ActionStatus, ...(note === '' ? {} : { note }) }
    }),
    scores: Object.fromEntries(
      Object.entries(answers.scores)
        .filter(([, score]) => score.trim() !== '')
        .map(([code, score]) => [code, Number(score.trim())]),
    ),
    decision: answers.decision as ReviewDecision,
    ...(notes === '' ? {} : { notes }),
  }
}

/** Where an API field's error goes, and the question it is about. */
function question(field: string, scales: OutcomeScale[]): { label: string; id: string; name: string } {
  const progress = /^progress\[(\d+)\]\.(\w+)$/.exec(field)
  if (progress) {
    const [, index = '0', part = ''] = progress
    const input = part === 'note' ? 'note' : 'status'
    const label = input === 'note' ? `The note on action ${Number(index) + 1}` : `Action ${Number(index) + 1}`
    return { label, id: `progress-${index}-${input}`, name: `progress.${index}.${input}` }
  }
  if (field.startsWith('attendees')) return { label: 'Who attended', id: 'attendees', name: 'attendees' }
  if (field.startsWith('scores.')) {
    const code = field.slice('scores.'.length)
    const label = scales.find((scale) => scale.code === code)?.label ?? code
    return { label, id: `scores-${code}`, name: field }
  }
  const labels: Record<string, string> = {
    heldOn: 'The date of the review',
    decision: 'The decision',
    notes: 'The notes of the review',
  }
  const id = field === 'heldOn' ? 'heldOn-day' : formName(field).replaceAll('.', '-')
  return { label: labels[field] ?? field, id, name: formName(field) }
}

/** The review's API fields as the form names them, and their errors in its words. */
export function reviewFieldNaming(scales: OutcomeScale[]): FieldNaming {
  return {
    text: (field, message) => sentence(question(field, scales).label, withDates(message)),
    id: (field) => question(field, scales).id,
    name: (field) => question(field, scales).name,
  }
}
