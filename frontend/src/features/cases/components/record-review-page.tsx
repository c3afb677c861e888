import { useState } from 'react'
import type { UseFormRegister } from 'react-hook-form'
import { Link, useNavigate } from 'react-router'
import { ApiError } from '../../../lib/api/api-error'
import { formatDate, todayInLondon, toDateParts } from '../../../lib/dates'
import { apiProblem, type FieldNaming, type FormProblem } from '../../../lib/forms/api-problem'
import { useApiForm } from '../../../lib/forms/use-api-form'
import { Button } from '../../../lib/govuk/button'
import { DateInput } from '../../../lib/govuk/date-input'
import { TextInput } from '../../../lib/govuk/input'
import { Radios, type ChoiceItem } from '../../../lib/govuk/radios'
import { Textarea } from '../../../lib/govuk/textarea'
import { useOutcomeScales } from '../api/get-outcome-scales'
import { usePlan } from '../api/get-plan'
import { useRecordReview } from '../api/record-review'
import type { Case, OutcomeScale, Plan, Review } from '../api/types'
import { STATUSES } from '../forms/plan-form'
import {
  attendeesCheck,
  blankReview,
  DECISIONS,
  heldOnCheck,
  MAX_NOTES_LENGTH,
  MAX_PROGRESS_NOTE_LENGTH,
  reviewCopy,
  reviewFieldNaming,
  scoreCheck,
  scoredScales,
  toReviewRequest,
  type ReviewAnswers,
} from '../forms/review-form'
import { startingAnswers, useKeptAnswers } from '../hooks/use-kept-answers'
import { casePaths } from '../paths'
import { useRouteCase, type CasePageState } from './case-frame'
import { CaseFormHeading, CaseFormPage, ClosedCase } from './case-form-page'
import { KeptAnswersNotice, LeaveQuestion, NotKeptWarning } from './draft-notices'
import { ownerName } from './plan-words'

const TITLE = 'Record a review'

const STATUS_ITEMS: ChoiceItem[] = Object.entries(STATUSES).map(([value, label]) => ({ value, label }))
const DECISION_ITEMS: ChoiceItem[] = Object.entries(DECISIONS).map(([value, { label, hint }]) => ({
  value,
  label,
  hint,
}))

/** "Record a review": a Team Around the Family meeting's attendees, progress on the plan, scores and decision. */
export function RecordReviewPage() {
  const found = useRouteCase()
  const back = { to: casePaths.reviews(found.id), text: 'Back to reviews' }
  return (
    <CaseFormPage back={back}>
      {found.state === 'CLOSED' ? (
        <ClosedCase
          text="A closed case has no more reviews."
          back={{ ...back, text: 'Go back to the case’s reviews' }}
        />
      ) : (
        <ReviewForm found={found} />
      )}
    </CaseFormPage>
  )
}

const NOT_RECORDED = 'The review has not been recorded.'

/** What a refused review means: its fields, the case's state (409: its own words), or why it could not be sent. */
function recordProblem(error: unknown, naming: FieldNaming): FormProblem {
  if (!(error instanceof ApiError) || error.status >= 500) {
    const text = `Sorry, there is a problem with the service. ${NOT_RECORDED} What you typed is kept on this device.`
    return { summary: [{ text: `${text} Try again later.` }], fields: [] }
  }
  return apiProblem(error, naming, (refusal) =>
    refusal.status === 401
      ? { text: `Your session has ended. ${NOT_RECORDED} What you typed is kept on this device: sign in again.` }
      : undefined,
  )
}

/** What recording the review means for the case. */
function recorded(review: Review): string {
  if (review.extensionStatus === 'AWAITING_SENIOR') return 'The extension waits for a senior’s agreement.'
  if (review.nextDue) return `The next review is due by ${formatDate(review.nextDue)}.`
  return 'The reviews have ended: close the case when you are ready.'
}

function ReviewForm({ found }: { found: Case }) {
  const { data: plan } = usePlan(found.id)
  const { data: scales } = useOutcomeScales()
  const [start] = useState(() => {
    const blank = blankReview(plan, scales)
    const copy = reviewCopy(found.id, blank)
    return { blank, copy, naming: reviewFieldNaming(scales), ...startingAnswers(copy, blank) }
  })
  const record = useRecordReview(found.id)
  const navigate = useNavigate()
  const { form, summary, onSubmit, errorFor, busy } = useApiForm<ReviewAnswers>({
    defaultValues: start.values,
    toProblem: (error) => recordProblem(error, start.naming),
  })
  const kept = useKeptAnswers(form, start.copy, start.blank, start.restored)
  const { register } = form
  const today = toDateParts(todayInLondon())

  const submit = onSubmit(async (answers) => {
    const review = await record.mutateAsync(toReviewRequest(answers))
    kept.done()
    const state: CasePageState = { success: { heading: 'Review recorded', body: recorded(review) } }
    await navigate(casePaths.reviews(found.id), { state })
  })

  return (
    <>
      <CaseFormHeading found={found} title={TITLE} errors={summary}>
        {kept.leaving.asking && (
          <LeaveQuestion
            heading="This review has not been recorded"
            onLeave={kept.leaving.leave}
            onStay={kept.leaving.stay}
          >
            What you typed is kept on this device: it will be in the form when you come back to record the review.
          </LeaveQuestion>
        )}
        {start.restored && <KeptAnswersNotice what="recording this review" />}
        {!kept.keptOnDevice && <NotKeptWarning what="the review" />}
      </CaseFormHeading>
      <p className="govuk-body">
        The Team Around the Family meeting: who came, how each action of the plan is going, the outcome scores and what
        happens next.
      </p>
      <form noValidate onSubmit={submit}>
        <DateInput
          id="heldOn"
          legend="When was the review held?"
          legendSize="s"
          hint={`For example, ${today.day} ${today.month} ${today.year}`}
          error={errorFor('heldOn')}
          day={register('heldOn.day', { validate: heldOnCheck })}
          month={register('heldOn.month')}
          year={register('heldOn.year')}
        />
        <Textarea
          id="attendees"
          label="Who attended?"
          labelSize="s"
          hint="One person on each line, with their role or agency, for example Jo Example (mother)"
          rows={4}
          error={errorFor('attendees')}
          {...register('attendees', { validate: attendeesCheck })}
        />
        {/* Called, not rendered as components: react-hook-form orders its errors as the fields were registered. */}
        {progressQuestions(plan, { register, errorFor })}
        {scoreQuestions(scoredScales(scales), { register, errorFor })}
        <Radios
          id="decision"
          legend="What did the review decide?"
          legendSize="m"
          items={DECISION_ITEMS}
          error={errorFor('decision')}
          inputProps={register('decision', { required: 'Select what the review decided' })}
        />
        <Textarea
          id="notes"
          label="Notes (optional)"
          labelSize="s"
          hint="What was discussed and agreed"
          rows={6}
          error={errorFor('notes')}
          {...register('notes', {
            maxLength: { value: MAX_NOTES_LENGTH, message: 'The notes must be 10,000 characters or fewer' },
          })}
        />
        <div className="govuk-button-group">
          <Button type="submit" disabled={busy}>
            Record review
          </Button>
          <Link className="govuk-link" to={casePaths.reviews(found.id)}>
            Cancel
          </Link>
        </div>
      </form>
    </>
  )
}

type Fields = {
  register: UseFormRegister<ReviewAnswers>
  errorFor: (name: string) => string | undefined
}

/** Where each action of the plan stands now (as the plan said, until changed), with a note. */
function progressQuestions(plan: Plan | null, form: Fields) {
  const actions = plan?.actions ?? []
  return (
    <>
      <h2 className="govuk-heading-m">Progress on the plan</h2>
      {actions.length === 0 && <p className="govuk-body">The case has no plan yet: there are no actions to review.</p>}
      {actions.map((action, index) => (
        <div key={action.id}>
          <Radios
            id={`progress-${index}-status`}
            legend={`Action ${index + 1}: ${action.what}`}
            legendSize="s"
            hint={`${ownerName(action.who, action.partnerAgency)}, by ${formatDate(action.byWhen)}`}
            inline
            small
            items={STATUS_ITEMS}
            error={form.errorFor(`progress.${index}.status`)}
            inputProps={form.register(`progress.${index}.status`, {
              required: `Select where action ${index + 1} stands`,
            })}
          />
          <TextInput
            id={`progress-${index}-note`}
            label={`Note on action ${index + 1} (optional)`}
            autoComplete="off"
            error={form.errorFor(`progress.${index}.note`)}
            {...form.register(`progress.${index}.note`, {
              maxLength: {
                value: MAX_PROGRESS_NOTE_LENGTH,
                message: `The note on action ${index + 1} must be 2,000 characters or fewer`,
              },
            })}
          />
        </div>
      ))}
    </>
  )
}

/** A score on each of the service's outcome scales, each optional. */
function scoreQuestions(scales: OutcomeScale[], form: Fields) {
  if (scales.length === 0) return null
  return (
    <>
      <h2 className="govuk-heading-m">Outcome scores</h2>
      <p className="govuk-body">Score each scale with the family, or leave it blank when it was not scored.</p>
      {scales.map((scale) => (
        <TextInput
          key={scale.code}
          id={`scores-${scale.code}`}
          label={scale.label}
          labelSize="s"
          hint={`From ${scale.minScore} to ${scale.maxScore}`}
          widthClass="govuk-input--width-2"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          error={form.errorFor(`scores.${scale.code}`)}
          {...form.register(`scores.${scale.code}`, { validate: scoreCheck(scale) })}
        />
      ))}
    </>
  )
}
