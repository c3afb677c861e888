import { ApiError } from '../../../lib/api/api-error'
import type { FieldNaming } from '../../../lib/forms/api-problem'
import { sentence } from '../../../lib/forms/error-text'
import type { ChoiceItem } from '../../../lib/govuk/radios'
import type {
  ClosureReason,
  ClosureRequest,
  FeedbackSource,
  ReviewDecision,
  SupportingFamiliesHeadline,
} from '../api/types'
import { codesOf } from './plan-form'
import { deviceCopy, isRecord, isString, type DeviceCopy } from './device-copy'
import { formName } from './field-text'

/** Why a case closes; the first three follow a review that decided so (`afterReview`). */
export const REASONS: Record<
  ClosureReason,
  { label: string; afterReview?: { decision: ReviewDecision; words: string } }
> = {
  OUTCOMES_ACHIEVED: { label: 'Outcomes achieved', afterReview: { decision: 'CLOSE', words: 'close the case' } },
  STEPPED_DOWN: {
    label: 'Stepped down to universal services',
    afterReview: { decision: 'STEP_DOWN', words: 'step down' },
  },
  STEPPED_UP: { label: 'Stepped up to social care', afterReview: { decision: 'STEP_UP', words: 'step up' } },
  DISENGAGED: { label: 'The family disengaged' },
  MOVED_AWAY: { label: 'The family moved away' },
  OTHER: { label: 'Another reason' },
}

export function reasonName(reason: string): string {
  return REASONS[reason as ClosureReason]?.label ?? reason
}

/** The Supporting Families outcome framework's ten headlines. */
export const HEADLINES: Record<SupportingFamiliesHeadline, string> = {
  GOOD_EDUCATION: 'Getting a good education',
  EARLY_YEARS: 'Good early years development',
  MENTAL_AND_PHYSICAL_HEALTH: 'Improved mental and physical health',
  SUBSTANCE_USE: 'Promoting recovery and reducing substance use',
  FAMILY_RELATIONSHIPS: 'Improved family relationships',
  SAFE_FROM_ABUSE_AND_EXPLOITATION: 'Children safe from abuse and exploitation',
  CRIME_PREVENTION: 'Crime prevention and tackling crime',
  SAFE_FROM_DOMESTIC_ABUSE: 'Safe from domestic abuse',
  SECURE_HOUSING: 'Secure housing',
  FINANCIAL_STABILITY: 'Financial stability',
}

export function headlineName(headline: string): string {
  return HEADLINES[headline as SupportingFamiliesHeadline] ?? headline
}

/** Whose feedback the form asks for, in its order, and who they are in its words. */
export const FEEDBACK_FROM: Record<FeedbackSource, string> = {
  PARENT: 'the parent or carer',
  CHILD: 'the child',
  SCHOOL: 'the school',
}

const SOURCES = Object.keys(FEEDBACK_FROM) as FeedbackSource[]

export const RATING_ITEMS: ChoiceItem[] = ['1', '2', '3', '4', '5'].map((value) => ({ value, label: value }))

type YesNo = 'yes' | 'no' | ''

/** "Close the case": the answers as typed, named as the API names its fields (feedback by whose it is). */
export type ClosureAnswers = {
  reason: ClosureReason | ''
  reasonDetail: string
  outcomes: {
    placementKept: YesNo
    attendancePercentAfter: string
    suspensionsAfter: string
    atRiskOfExclusionAfter: YesNo
    ehcNeedsAssessmentRequested: YesNo
    ehcpIssued: YesNo
    supportingFamiliesHeadlinesMet: string[]
  }
  feedback: Record<FeedbackSource, { quote: string; rating: string }>
}

export const NO_CLOSURE: ClosureAnswers = {
  reason: '',
  reasonDetail: '',
  outcomes: {
    placementKept: '',
    attendancePercentAfter: '',
    suspensionsAfter: '',
    atRiskOfExclusionAfter: '',
    ehcNeedsAssessmentRequested: '',
    ehcpIssued: '',
    supportingFamiliesHeadlinesMet: [],
  },
  feedback: { PARENT: { quote: '', rating: '' }, CHILD: { quote: '', rating: '' }, SCHOOL: { quote: '', rating: '' } },
}

export const MAX_TEXT_LENGTH = 2000

const text = (value: unknown) => (isString(value) ? value : '')
const yesNo = (value: unknown): YesNo => (value === 'yes' || value === 'no' ? value : '')

/** What an older version (or a broken one) kept, read as answers this form can show. */
function fitted(stored: unknown): ClosureAnswers | undefined {
  if (!isRecord(stored) || !isRecord(stored['outcomes']) || !isRecord(stored['feedback'])) return undefined
  const { outcomes, feedback } = { outcomes: stored['outcomes'], feedback: stored['feedback'] }
  const reason = text(stored['reason'])
  return {
    reason: Object.hasOwn(REASONS, reason) ? (reason as ClosureReason) : '',
    reasonDetail: text(stored['reasonDetail']),
    outcomes: {
      placementKept: yesNo(outcomes['placementKept']),
      attendancePercentAfter: text(outcomes['attendancePercentAfter']),
      suspensionsAfter: text(outcomes['suspensionsAfter']),
      atRiskOfExclusionAfter: yesNo(outcomes['atRiskOfExclusionAfter']),
      ehcNeedsAssessmentRequested: yesNo(outcomes['ehcNeedsAssessmentRequested']),
      ehcpIssued: yesNo(outcomes['ehcpIssued']),
      supportingFamiliesHeadlinesMet: codesOf(outcomes['supportingFamiliesHeadlinesMet']).filter((code) =>
        Object.hasOwn(HEADLINES, code),
      ),
    },
    feedback: Object.fromEntries(
      SOURCES.map((source) => {
        const given = isRecord(feedback[source]) ? feedback[source] : {}
        return [source, { quote: text(given['quote']), rating: text(given['rating']) }]
      }),
    ) as ClosureAnswers['feedback'],
  }
}

/** What the user has typed of a closure not yet recorded, kept on this device by case until it is. */
export function closureCopy(caseId: string): DeviceCopy<ClosureAnswers> {
  return deviceCopy(`closure-form.${caseId}`, fitted)
}

export function reasonDetailCheck(value: string, answers: ClosureAnswers): true | string {
  if (answers.reason === 'OTHER' && value.trim() === '') return 'Enter why the case is closing'
  return value.trim().length <= MAX_TEXT_LENGTH || 'The reason must be 2,000 characters or fewer'
}

/** Optional; given, a percentage with up to 2 decimal places. */
export function attendanceCheck(value: string): true | string {
  const percent = value.trim()
  if (percent === '') return true
  return (
    (/^\d{1,3}(\.\d{1,2})?$/.test(percent) && Number(percent) <= 100) ||
    'Attendance after the support must be a percentage from 0 to 100, like 92.5'
  )
}

/** Optional; given, a whole number from 0 to 200. */
export function suspensionsCheck(value: string): true | string {
  const suspensions = value.trim()
  if (suspensions === '') return true
  return (
    (/^\d{1,3}$/.test(suspensions) && Number(suspensions) <= 200) ||
    'Suspensions after the support must be a whole number from 0 to 200'
  )
}

const bool = (answer: YesNo) => answer === 'yes'

/** The feedback given (a quote or a rating), in the form's order. */
function feedbackGiven(answers: ClosureAnswers): FeedbackSource[] {
  return SOURCES.filter((source) => {
    const { quote, rating } = answers.feedback[source]
    return quote.trim() !== '' || rating !== ''
  })
}

/** What the API takes, once the client checks have passed; the case closes today. */
export function toClosureRequest(answers: ClosureAnswers): ClosureRequest {
  const { outcomes } = answers
  const detail = answers.reasonDetail.trim()
  const attendance = outcomes.attendancePercentAfter.trim()
  const suspensions = outcomes.suspensionsAfter.trim()
  return {
    reason: answers.reason as ClosureReason,
    ...(detail === '' ? {} : { reasonDetail: detail }),
    outcomes: {
      placementKept: bool(outcomes.placementKept),
      ...(attendance === '' ? {} : { attendancePercentAfter: Number(attendance) }),
      ...(suspensions === '' ? {} : { suspensionsAfter: Number(suspensions) }),
      ...(outcomes.atRiskOfExclusionAfter === ''
        ? {}
        : { atRiskOfExclusionAfter: bool(outcomes.atRiskOfExclusionAfter) }),
      ehcNeedsAssessmentRequested: bool(outcomes.ehcNeedsAssessmentRequested),
      ehcpIssued: bool(outcomes.ehcpIssued),
      supportingFamiliesHeadlinesMet: codesOf(outcomes.supportingFamiliesHeadlinesMet) as SupportingFamiliesHeadline[],
    },
    feedback: feedbackGiven(answers).map((source) => {
      const quote = answers.feedback[source].quote.trim()
      const rating = answers.feedback[source].rating
      return { from: source, ...(quote === '' ? {} : { quote }), ...(rating === '' ? {} : { rating: Number(rating) }) }
    }),
  }
}

/**
 * The API names feedback by its place in what was sent (`feedback[1].quote`); the form by whose it is
 * (`feedback.CHILD.quote`): the refusal of `answers`, in the form's names.
 */
export function byWhoseFeedback(error: unknown, answers: ClosureAnswers): unknown {
  if (!(error instanceof ApiError) || !error.problem?.errors) return error
  const sent = feedbackGiven(answers)
  const errors = error.problem.errors.map(({ field, message }) => ({
    field: field.replace(/^feedback\[(\d+)\]/, (whole, index: string) => {
      const source = sent[Number(index)]
      return source ? `feedback.${source}` : whole
    }),
    message,
  }))
  return new ApiError(error.status, { ...error.problem, errors })
}

const LABELS: Record<string, string> = {
  reason: 'The reason',
  reasonDetail: 'The reason',
  closedOn: 'The date the case closed',
  'outcomes.placementKept': 'Whether the child is at the same school',
  'outcomes.attendancePercentAfter': 'Attendance after the support',
  'outcomes.suspensionsAfter': 'Suspensions after the support',
  'outcomes.atRiskOfExclusionAfter': 'Whether the child is at risk of permanent exclusion',
  'outcomes.ehcNeedsAssessmentRequested': 'Whether an EHC needs assessment was requested',
  'outcomes.ehcpIssued': 'Whether an EHC plan was issued',
  'outcomes.supportingFamiliesHeadlinesMet': 'The Supporting Families headlines',
}

function label(field: string): string {
  const feedback = /^feedback\.(\w+)(?:\.(quote|rating))?$/.exec(field)
  if (feedback) {
    const who = FEEDBACK_FROM[feedback[1] as FeedbackSource] ?? feedback[1]
    return `The ${feedback[2] ?? 'feedback'} from ${who}`
  }
  return LABELS[field.replace(/\[\d+\]$/, '')] ?? field
}

/** Where an API field's error goes: its input, the first of its radios or checkboxes, or a quote. */
function inputOf(field: string): string {
  const feedback = /^feedback\.(\w+)$/.exec(field)
  if (feedback) return `feedback.${feedback[1]}.quote`
  if (field === 'closedOn') return 'reason'
  return formName(field).replace(/\.\d+$/, '')
}

export const closureFieldNaming: FieldNaming = {
  text: (field, message) => sentence(label(field), message),
  id: (field) => inputOf(field).replaceAll('.', '-'),
  name: (field) => inputOf(field),
}
