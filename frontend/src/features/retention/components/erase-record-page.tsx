import { Link, useNavigate } from 'react-router'
import { Button } from '../../../lib/govuk/button'
import { Checkboxes } from '../../../lib/govuk/checkboxes'
import { WarningText } from '../../../lib/govuk/warning-text'
import type { SuccessState } from '../../../lib/govuk/success-banner'
import { eraseFamilyRecord } from '../api/erase-family-record'
import { useDecision } from '../api/use-decision'
import { useDecisionForm } from '../forms/decision-form'
import { retentionPaths } from '../paths'
import { DecisionFrame } from './decision-frame'
import { DueRecord, type DueRecordProps } from './due-record'

const TITLE = 'Erase this family’s record'

const CHECKED = 'I have checked that this record is not needed for a court, safeguarding or complaints process'
const NOT_CHECKED =
  'Confirm that you have checked the record is not needed for a court, safeguarding or complaints process'

/** "Erase this family's record": a record due, erased once the senior confirms it is not needed any more. */
export function EraseRecordPage() {
  return <DueRecord>{(found) => <EraseForm found={found} />}</DueRecord>
}

function EraseForm({ found }: { found: DueRecordProps }) {
  const { review, page } = found
  const erase = useDecision((version: number) => eraseFamilyRecord(review.id, version))
  const navigate = useNavigate()
  const { form, summary, onSubmit, errorFor, busy, conflict } = useDecisionForm<{ checked: boolean }>({
    checked: false,
  })

  const submit = onSubmit(async () => {
    await erase.mutateAsync(review.version)
    const state: SuccessState = {
      success: {
        heading: `Record ${review.reference} erased`,
        body: 'The family’s personal data has been deleted. An anonymised record stays for the reports.',
      },
    }
    await navigate(retentionPaths.list('DUE', page), { state })
  })

  return (
    <DecisionFrame found={found} title={TITLE} summary={summary} conflict={conflict}>
      <WarningText>
        You cannot undo this. The family’s names, dates of birth, identifiers and everything written about them will
        be deleted. Only an anonymised record stays for the service’s reports, and the audit trail keeps that you
        erased it.
      </WarningText>
      <form noValidate onSubmit={submit}>
        <Checkboxes
          id="checked"
          legend="Before you erase the record"
          legendSize="s"
          items={[{ label: CHECKED }]}
          error={errorFor('checked')}
          inputProps={form.register('checked', { required: NOT_CHECKED })}
        />
        <div className="govuk-button-group">
          <Button type="submit" className="govuk-button--warning" disabled={busy}>
            Erase record
          </Button>
          <Link className="govuk-link" to={retentionPaths.hold(review.id, page)}>
            Keep it longer instead
          </Link>
        </div>
      </form>
    </DecisionFrame>
  )
}
