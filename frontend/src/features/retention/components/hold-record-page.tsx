import { Link, useNavigate } from 'react-router'
import { emptyDate, formatDate, isBlankDate, realDate, toIsoDate, type DateParts } from '../../../lib/dates'
import { Button } from '../../../lib/govuk/button'
import { DateInput } from '../../../lib/govuk/date-input'
import { Textarea } from '../../../lib/govuk/textarea'
import type { SuccessState } from '../../../lib/govuk/success-banner'
import { holdFamilyRecord } from '../api/hold-family-record'
import type { RetentionHold } from '../api/types'
import { useDecision } from '../api/use-decision'
import { useDecisionForm } from '../forms/decision-form'
import { retentionPaths } from '../paths'
import { DecisionFrame } from './decision-frame'
import { DueRecord, type DueRecordProps } from './due-record'

const TITLE = 'Keep this record longer'

const MAX_REASON_LENGTH = 2000

type HoldAnswers = { reason: string; keepUntil: DateParts }

// Whether the day is after today is the service's to say: its clock is the one the sweep runs by.
const keepUntilCheck = (_: unknown, answers: HoldAnswers): true | string =>
  isBlankDate(answers.keepUntil)
    ? 'Enter the date to keep the record until'
    : realDate<HoldAnswers>('The date to keep the record until', (values) => values.keepUntil)(_, answers)

/** "Keep this record longer": a record due, kept until a later day with the reason; it is due again then. */
export function HoldRecordPage() {
  return <DueRecord>{(found) => <HoldForm found={found} />}</DueRecord>
}

function HoldForm({ found }: { found: DueRecordProps }) {
  const { review, page } = found
  const hold = useDecision((request: RetentionHold) => holdFamilyRecord(review.id, request))
  const navigate = useNavigate()
  const { form, summary, onSubmit, errorFor, busy, conflict } = useDecisionForm<HoldAnswers>({
    reason: '',
    keepUntil: emptyDate,
  })
  const { register } = form

  const submit = onSubmit(async (answers) => {
    const held = await hold.mutateAsync({
      version: review.version,
      reason: answers.reason.trim(),
      keepUntil: toIsoDate(answers.keepUntil) ?? '',
    })
    const state: SuccessState = {
      success: {
        heading: `Record ${review.reference} kept until ${formatDate(held.keepUntil)}`,
        body: 'It will be due for review again on that day.',
      },
    }
    await navigate(retentionPaths.list('DUE', page), { state })
  })

  return (
    <DecisionFrame found={found} title={TITLE} summary={summary} conflict={conflict}>
      <form noValidate onSubmit={submit}>
        <Textarea
          id="reason"
          label="Why is the record being kept longer?"
          labelSize="m"
          hint="For example, a court case, safeguarding enquiry or complaint that still needs it."
          rows={5}
          error={errorFor('reason')}
          {...register('reason', {
            validate: (value) => value.trim() !== '' || 'Enter why the record is being kept longer',
            maxLength: { value: MAX_REASON_LENGTH, message: 'The reason must be 2,000 characters or fewer' },
          })}
        />
        <DateInput
          id="keepUntil"
          legend="Keep it until"
          legendSize="m"
          hint="It will be due for review again on this day. For example, 27 3 2028"
          error={errorFor('keepUntil')}
          day={register('keepUntil.day', { validate: keepUntilCheck })}
          month={register('keepUntil.month')}
          year={register('keepUntil.year')}
        />
        <div className="govuk-button-group">
          <Button type="submit" disabled={busy}>
            Keep record
          </Button>
          <Link className="govuk-link" to={retentionPaths.erase(review.id, page)}>
            Erase it instead
          </Link>
        </div>
      </form>
    </DecisionFrame>
  )
}
