import { Link, useLocation, useParams } from 'react-router'
import { formatDate } from '../../../lib/dates'
import { BackLink } from '../../../lib/govuk/back-link'
import { NotificationBanner } from '../../../lib/govuk/notification-banner'
import { SummaryList } from '../../../lib/govuk/summary-list'
import { Table, type TableColumn } from '../../../lib/govuk/table'
import { PageTitle } from '../../../lib/page-title'
import { useAuditCycle } from '../api/get-audit-cycle'
import type { CaseAudit } from '../api/types'
import { auditPaths } from '../paths'
import { childName, cycleTitle, GradeOrNot, gradedOf } from './audit-words'

/** Where a page leaves a one-off success message for the cycle page it goes to (after starting it, grading…). */
export type AuditCyclePageState = { success?: { heading: string; body?: string } }

/** An audit cycle: who started it, when the next is due, and its sampled cases, each leading to its grading. */
export function AuditCyclePage() {
  const { cycleId = '' } = useParams()
  const { data: cycle } = useAuditCycle(cycleId)
  const success = (useLocation().state as AuditCyclePageState | null)?.success
  const title = cycleTitle(cycle)
  const columns: TableColumn<CaseAudit>[] = [
    {
      header: 'Child',
      cell: (audit) => (
        <Link className="govuk-link" to={auditPaths.grade(cycle.id, audit.id)}>
          {childName(audit)}
          <span className="govuk-visually-hidden">, case {audit.reference}</span>
        </Link>
      ),
    },
    { header: 'Reference', cell: (audit) => <span className="app-nowrap">{audit.reference}</span> },
    { header: 'Practitioner', cell: (audit) => audit.practitionerName },
    { header: 'Grade', cell: (audit) => <GradeOrNot grade={audit.grade} /> },
  ]
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <BackLink to={auditPaths.cycles}>Back to case audits</BackLink>
      <div className="govuk-grid-row govuk-!-margin-top-4">
        <div className="govuk-grid-column-two-thirds">
          {success && (
            <NotificationBanner success>
              <h3 className="govuk-notification-banner__heading">{success.heading}</h3>
              {success.body && <p className="govuk-body">{success.body}</p>}
            </NotificationBanner>
          )}
          <span className="govuk-caption-l">Case audits</span>
          <h1 className="govuk-heading-l">{title}</h1>
          <SummaryList
            rows={[
              { key: 'Started by', value: cycle.startedByName },
              { key: 'Graded', value: gradedOf(cycle) },
              { key: 'Next cycle due', value: formatDate(cycle.nextCycleDue) },
            ]}
          />
        </div>
      </div>
      <Table<CaseAudit>
        caption="Sampled cases"
        captionSize="m"
        columns={columns}
        rows={cycle.audits}
        rowKey={(audit) => audit.id}
      />
    </>
  )
}
