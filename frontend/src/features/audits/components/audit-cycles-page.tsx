import { Link, useNavigate } from 'react-router'
import { formatDate } from '../../../lib/dates'
import { apiProblem } from '../../../lib/forms/api-problem'
import { useApiForm } from '../../../lib/forms/use-api-form'
import { Button } from '../../../lib/govuk/button'
import { ErrorSummary } from '../../../lib/govuk/error-summary'
import { TextInput } from '../../../lib/govuk/input'
import { Table, type TableColumn } from '../../../lib/govuk/table'
import { PageTitle } from '../../../lib/page-title'
import { useAuditCycles } from '../api/get-audit-cycles'
import { useStartAuditCycle } from '../api/start-audit-cycle'
import type { AuditCycle } from '../api/types'
import { auditFieldNaming, sampleSizeCheck } from '../forms/grading-form'
import { auditPaths } from '../paths'
import type { AuditCyclePageState } from './audit-cycle-page'
import { gradedOf, NextCycleDue } from './audit-words'

const TITLE = 'Case audits'

const columns: TableColumn<AuditCycle>[] = [
  {
    header: 'Started on',
    cell: (cycle) => (
      <Link className="govuk-link" to={auditPaths.cycle(cycle.id)}>
        {formatDate(cycle.startedOn)} <span className="govuk-visually-hidden">audit cycle</span>
      </Link>
    ),
  },
  { header: 'Started by', cell: (cycle) => cycle.startedByName },
  { header: 'Graded', cell: gradedOf },
  { header: 'Next cycle due', cell: (cycle) => <span className="app-nowrap">{formatDate(cycle.nextCycleDue)}</span> },
]

type StartAnswers = { sampleSize: string }

/**
 * For a senior: when the next audit cycle is due (red once overdue), starting one, which samples open cases at
 * random for the seniors to grade, and the cycles so far, the latest first.
 */
export function AuditCyclesPage() {
  const { data: cycles } = useAuditCycles()
  const start = useStartAuditCycle()
  const navigate = useNavigate()
  const { form, summary, onSubmit, errorFor, busy } = useApiForm<StartAnswers>({
    defaultValues: { sampleSize: '' },
    toProblem: (error) => apiProblem(error, auditFieldNaming),
  })
  const latest = cycles[0]

  const submit = onSubmit(async ({ sampleSize }) => {
    const size = sampleSize.trim()
    const cycle = await start.mutateAsync(size === '' ? {} : { sampleSize: Number(size) })
    const sampled = cycle.audits.length
    const state: AuditCyclePageState = {
      success: {
        heading: 'Audit cycle started',
        body: `${sampled} open ${sampled === 1 ? 'case was' : 'cases were'} sampled for grading.`,
      },
    }
    await navigate(auditPaths.cycle(cycle.id), { state })
  })

  return (
    <>
      <PageTitle>{summary.length > 0 ? `Error: ${TITLE}` : TITLE}</PageTitle>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <h1 className="govuk-heading-l">{TITLE}</h1>
          <p className="govuk-body">
            Seniors audit a sample of open cases every 6 weeks and grade each one, with findings and actions for its
            practitioner.
          </p>
          {latest ? (
            <NextCycleDue due={latest.nextCycleDue} />
          ) : (
            <p className="govuk-body">No audit cycle has been started yet.</p>
          )}
          <form noValidate onSubmit={submit}>
            <TextInput
              id="sampleSize"
              label="How many cases should the cycle sample? (optional)"
              labelSize="s"
              hint="Open cases are chosen at random. Leave it empty for the service’s usual number."
              widthClass="govuk-input--width-3"
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              error={errorFor('sampleSize')}
              {...form.register('sampleSize', { validate: sampleSizeCheck })}
            />
            <Button type="submit" disabled={busy}>
              Start an audit cycle
            </Button>
          </form>
        </div>
      </div>
      {cycles.length > 0 && (
        <Table<AuditCycle>
          caption={`${cycles.length} audit ${cycles.length === 1 ? 'cycle' : 'cycles'}, the latest first`}
          captionSize="m"
          columns={columns}
          rows={cycles}
          rowKey={(cycle) => cycle.id}
        />
      )}
    </>
  )
}
