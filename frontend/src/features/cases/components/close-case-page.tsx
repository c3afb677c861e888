import { useState } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { Link, useNavigate } from 'react-router'
import { ApiError } from '../../../lib/api/api-error'
import { apiProblem, type FormProblem } from '../../../lib/forms/api-problem'
import { useApiForm } from '../../../lib/forms/use-api-form'
import { Button } from '../../../lib/govuk/button'
import { Checkboxes } from '../../../lib/govuk/checkboxes'
import { Fieldset } from '../../../lib/govuk/field'
import { TextInput } from '../../../lib/govuk/input'
import { Radios, type ChoiceItem } from '../../../lib/govuk/radios'
import { Textarea } from '../../../lib/govuk/textarea'
import { WarningText } from '../../../lib/govuk/warning-text'
import { useCloseCase } from '../api/close-case'
import type { Case, ClosureReason } from '../api/types'
import {
  attendanceCheck,
  byWhoseFeedback,
  closureCopy,
  closureFieldNaming,
  FEEDBACK_FROM,
  HEADLINES,
  MAX_TEXT_LENGTH,
  NO_CLOSURE,
  RATING_ITEMS,
  REASONS,
  reasonDetailCheck,
  suspensionsCheck,
  toClosureRequest,
  type ClosureAnswers,
} from '../forms/closure-form'
import { YES_NO } from '../forms/contact-form'
import { startingAnswers, useKeptAnswers } from '../hooks/use-kept-answers'
import { casePaths } from '../paths'
import { useRouteCase, type CasePageState } from './case-frame'
import { CaseFormHeading, CaseFormPage, ClosedCase } from './case-form-page'
import { KeptAnswersNotice, LeaveQuestion, NotKeptWarning } from './draft-notices'

const TITLE = 'Close the case'

/** "Close the case": why, the child's situation now against the referral, and what the family and school say. */
export function CloseCasePage() {
  const found = useRouteCase()
  // Closing it makes the case closed before the page moves on to the summary: only a case closed already is.
  const [closedAlready] = useState(found.state === 'CLOSED')
  const back = { to: casePaths.summary(found.id), text: 'Back to the case' }
  return (
    <CaseFormPage back={back}>
      {closedAlready ? (
        <ClosedCase
          text="It closed earlier: its summary shows how."
          back={{ ...back, text: 'Go to the case’s summary' }}
        />
      ) : (
        <ClosureForm found={found} />
      )}
    </CaseFormPage>
  )
}

const NOT_CLOSED = 'The case has not been closed.'

/** What a refused closure means: its fields, the review it needs first (linked), or why it could not be sent. */
function closeProblem(error: unknown, found: Case, reason: ClosureReason | ''): FormProblem {
  if (!(error instanceof ApiError) || error.status >= 500) {
    const text = `Sorry, there is a problem with the service. ${NOT_CLOSED} What you typed is kept on this device.`
    return { summary: [{ text: `${text} Try again later.` }], fields: [] }
  }
  return apiProblem(error, closureFieldNaming, (refusal) => {
    if (refusal.status === 401) {
      return { text: `Your session has ended. ${NOT_CLOSED} What you typed is kept on this device: sign in again.` }
    }
    const review = reason === '' ? undefined : REASONS[reason].afterReview
    if (refusal.status === 409 && review && refusal.problem?.allowedActions?.includes('REVIEW')) {
      const text = `Closing as “${REASONS[reason as ClosureReason].label.toLowerCase()}” follows a review that decided to ${review.words}: record that review first`
      return { text, href: casePaths.newReview(found.id) }
    }
    return undefined
  })
}

const reasonItems = (detail: ChoiceItem['conditional']): ChoiceItem[] =>
  Object.entries(REASONS).map(([value, { label, afterReview }]) => ({
    value,
    label,
    ...(afterReview ? { hint: `After a review that decided to ${afterReview.words}` } : {}),
    ...(value === 'OTHER' ? { conditional: detail } : {}),
  }))

function ClosureForm({ found }: { found: Case }) {
  const [start] = useState(() => {
    const copy = closureCopy(found.id)
    return { copy, ...startingAnswers(copy, NO_CLOSURE) }
  })
  const close = useCloseCase(found.id)
  const navigate = useNavigate()
  const { form, summary, onSubmit, errorFor, busy } = useApiForm<ClosureAnswers>({
    defaultValues: start.values,
    toProblem: (error): FormProblem => closeProblem(error, found, form.getValues('reason')),
  })
  const kept = useKeptAnswers(form, start.copy, NO_CLOSURE, start.restored)
  const { register, watch } = form

  const submit = onSubmit(async (answers) => {
    try {
      await close.mutateAsync(toClosureRequest(answers))
    } catch (error) {
      throw byWhoseFeedback(error, answers)
    }
    kept.done()
    const state: CasePageState = { success: { heading: 'Case closed' } }
    await navigate(casePaths.summary(found.id), { state })
  })

  const yesNo = (
    name: `outcomes.${'placementKept' | 'ehcNeedsAssessmentRequested' | 'ehcpIssued'}`,
    legend: string,
    required: string,
  ) => (
    <Radios
      id={name.replace('.', '-')}
      legend={legend}
      legendSize="s"
      inline
      items={YES_NO}
      error={errorFor(name)}
      inputProps={register(name, { required })}
    />
  )

  return (
    <>
      <CaseFormHeading found={found} title={TITLE} errors={summary}>
        {kept.leaving.asking && (
          <LeaveQuestion heading="The case has not been closed" onLeave={kept.leaving.leave} onStay={kept.leaving.stay}>
            What you typed is kept on this device: it will be in the form when you come back to close the case.
          </LeaveQuestion>
        )}
        {start.restored && <KeptAnswersNotice what="closing this case" />}
        {!kept.keptOnDevice && <NotKeptWarning what="the closure" />}
      </CaseFormHeading>
      <form noValidate onSubmit={submit}>
        <Radios
          id="reason"
          legend="Why is the case closing?"
          legendSize="m"
          selected={watch('reason')}
          items={reasonItems(
            <Textarea
              id="reasonDetail"
              label="What is the reason?"
              rows={3}
              error={errorFor('reasonDetail')}
              {...register('reasonDetail', { validate: reasonDetailCheck })}
            />,
          )}
          error={errorFor('reason')}
          inputProps={register('reason', { required: 'Select why the case is closing' })}
        />
        <h2 className="govuk-heading-m">Outcomes</h2>
        <p className="govuk-body">The child’s situation now, to compare with what the school said at referral.</p>
        {yesNo(
          'outcomes.placementKept',
          'Is the child still at the same school?',
          'Select yes if the child is still at the same school',
        )}
        <TextInput
          id="outcomes-attendancePercentAfter"
          label="Attendance now (optional)"
          labelSize="s"
          hint="As a percentage, for example 92.5"
          widthClass="govuk-input--width-4"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          suffix="%"
          error={errorFor('outcomes.attendancePercentAfter')}
          {...register('outcomes.attendancePercentAfter', { validate: attendanceCheck })}
        />
        <TextInput
          id="outcomes-suspensionsAfter"
          label="Suspensions since the referral (optional)"
          labelSize="s"
          widthClass="govuk-input--width-3"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          error={errorFor('outcomes.suspensionsAfter')}
          {...register('outcomes.suspensionsAfter', { validate: suspensionsCheck })}
        />
        <Radios
          id="outcomes-atRiskOfExclusionAfter"
          legend="Is the child at risk of permanent exclusion now? (optional)"
          legendSize="s"
          inline
          items={YES_NO}
          error={errorFor('outcomes.atRiskOfExclusionAfter')}
          inputProps={register('outcomes.atRiskOfExclusionAfter')}
        />
        {yesNo(
          'outcomes.ehcNeedsAssessmentRequested',
          'Was an EHC needs assessment requested?',
          'Select yes if an EHC needs assessment was requested',
        )}
        {yesNo('outcomes.ehcpIssued', 'Was an EHC plan issued?', 'Select yes if an EHC plan was issued')}
        <Checkboxes
          id="outcomes-supportingFamiliesHeadlinesMet"
          legend="Which Supporting Families headlines were met?"
          legendSize="s"
          hint="Select all that apply"
          small
          items={Object.entries(HEADLINES).map(([value, label]) => ({ value, label }))}
          error={errorFor('outcomes.supportingFamiliesHeadlinesMet')}
          inputProps={register('outcomes.supportingFamiliesHeadlinesMet')}
        />
        <h2 className="govuk-heading-m">Feedback (optional)</h2>
        <p className="govuk-body">What the family and the school said about the support, in their words.</p>
        {(Object.keys(FEEDBACK_FROM) as (keyof typeof FEEDBACK_FROM)[]).map((source) => (
          <Feedback key={source} source={source} form={form} errorFor={errorFor} />
        ))}
        <WarningText>Once the case is closed, it can no longer be changed.</WarningText>
        <div className="govuk-button-group">
          <Button type="submit" className="govuk-button--warning" disabled={busy}>
            Close the case
          </Button>
          <Link className="govuk-link" to={casePaths.summary(found.id)}>
            Cancel
          </Link>
        </div>
      </form>
    </>
  )
}

/** A quote and a satisfaction rating from one of the family or the school. */
function Feedback({
  source,
  form,
  errorFor,
}: {
  source: keyof typeof FEEDBACK_FROM
  form: UseFormReturn<ClosureAnswers>
  errorFor: (name: string) => string | undefined
}) {
  const who = FEEDBACK_FROM[source]
  const from = who.charAt(0).toUpperCase() + who.slice(1)
  return (
    <Fieldset legend={`From ${who}`} size="s">
      <Textarea
        id={`feedback-${source}-quote`}
        label={`What did ${who} say?`}
        rows={3}
        error={errorFor(`feedback.${source}.quote`)}
        {...form.register(`feedback.${source}.quote`, {
          maxLength: { value: MAX_TEXT_LENGTH, message: `${from}’s quote must be 2,000 characters or fewer` },
        })}
      />
      <Radios
        id={`feedback-${source}-rating`}
        legend={`How satisfied was ${who}?`}
        hint="From 1 (not at all satisfied) to 5 (very satisfied)"
        inline
        small
        items={RATING_ITEMS}
        error={errorFor(`feedback.${source}.rating`)}
        inputProps={form.register(`feedback.${source}.rating`)}
      />
    </Fieldset>
  )
}
