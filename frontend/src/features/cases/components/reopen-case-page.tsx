import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { formatDate } from '../../../lib/dates'
import { apiProblem, type FieldNaming } from '../../../lib/forms/api-problem'
import { sentence } from '../../../lib/forms/error-text'
import { useApiForm } from '../../../lib/forms/use-api-form'
import { Button } from '../../../lib/govuk/button'
import { SummaryList } from '../../../lib/govuk/summary-list'
import { Textarea } from '../../../lib/govuk/textarea'
import { PageTitle } from '../../../lib/page-title'
import { useClosure } from '../api/get-closure'
import { useReopenCase } from '../api/reopen-case'
import type { Case } from '../api/types'
import { reasonName } from '../forms/closure-form'
import { casePaths } from '../paths'
import { useRouteCase, type CasePageState } from './case-frame'
import { CaseFormHeading, CaseFormPage } from './case-form-page'

const TITLE = 'Reopen this case'

const MAX_REASON_LENGTH = 2000

const reasonNaming: FieldNaming = {
  text: (field, message) => sentence(field === 'reason' ? 'The reason' : field, message),
  id: (field) => field,
  name: (field) => field,
}

/** For a senior: "Reopen this case", a closed one, with the reason; the closure stays on its record. */
export function ReopenCasePage() {
  const found = useRouteCase()
  // Reopening it makes the case open before the page moves on to the summary: only a case open already is.
  const [openAlready] = useState(found.state !== 'CLOSED')
  const back = { to: casePaths.summary(found.id), text: 'Back to the case' }
  return (
    <CaseFormPage back={back}>
      {openAlready ? (
        <>
          <PageTitle>This case is open</PageTitle>
          <h1 className="govuk-heading-l">This case is open</h1>
          <p className="govuk-body">Only a closed case can be reopened.</p>
          <p className="govuk-body">
            <Link className="govuk-link" to={back.to}>
              Go to the case’s summary
            </Link>
          </p>
        </>
      ) : (
        <ReopenForm found={found} />
      )}
    </CaseFormPage>
  )
}

function ReopenForm({ found }: { found: Case }) {
  const { data: closure } = useClosure(found.id)
  const reopen = useReopenCase(found.id)
  const navigate = useNavigate()
  const { form, summary, onSubmit, errorFor, busy } = useApiForm<{ reason: string }>({
    defaultValues: { reason: '' },
    toProblem: (error) => apiProblem(error, reasonNaming),
  })

  const submit = onSubmit(async ({ reason }) => {
    await reopen.mutateAsync({ reason: reason.trim() })
    const state: CasePageState = {
      success: { heading: 'Case reopened', body: `${found.practitionerName} can work on the case again.` },
    }
    await navigate(casePaths.summary(found.id), { state })
  })

  return (
    <>
      <CaseFormHeading found={found} title={TITLE} errors={summary} />
      <SummaryList
        rows={[
          { key: 'Closed on', value: formatDate(closure.closedOn) },
          { key: 'Reason', value: reasonName(closure.reason) },
          { key: 'Practitioner', value: found.practitionerName },
        ]}
      />
      <p className="govuk-body">
        The case goes back to {found.practitionerName}. Its closure stays on the case’s record, marked as reopened.
      </p>
      <form noValidate onSubmit={submit}>
        <Textarea
          id="reason"
          label="Why are you reopening the case?"
          labelSize="m"
          hint="The practitioner and anyone who reads the case’s closures will see this."
          rows={5}
          error={errorFor('reason')}
          {...form.register('reason', {
            validate: (value) => value.trim() !== '' || 'Enter why you are reopening the case',
            maxLength: { value: MAX_REASON_LENGTH, message: 'The reason must be 2,000 characters or fewer' },
          })}
        />
        <div className="govuk-button-group">
          <Button type="submit" disabled={busy}>
            Reopen the case
          </Button>
          <Link className="govuk-link" to={casePaths.summary(found.id)}>
            Cancel
          </Link>
        </div>
      </form>
    </>
  )
}
