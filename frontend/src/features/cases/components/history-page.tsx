import { formatDateTime } from '../../../lib/dates'
import { Table, type TableColumn } from '../../../lib/govuk/table'
import { useHistory, type CaseEvent, type CaseEventKind } from '../api/get-history'
import { CaseFrame, useRouteCase } from './case-frame'

/** Each step of a case in words, as its history lists it. */
export const EVENT_NAMES: Record<CaseEventKind, string> = {
  ALLOCATED: 'Allocated',
  CONTACT_RECORDED: 'Contact recorded',
  ASSESSMENT_SAVED: 'Assessment saved',
  ASSESSMENT_COMPLETED: 'Assessment completed',
  PLAN_SAVED: 'Plan saved',
  REVIEW_RECORDED: 'Review recorded',
  EXTENSION_AGREED: 'Extension agreed',
  EXTENSION_REFUSED: 'Extension refused',
  PARTNER_INVITED: 'Partner invited',
  INVITATION_ENDED: 'Invitation ended',
  CONTRIBUTION_ADDED: 'Partner contribution added',
  GROUP_JOINED: 'Joined a group',
  AUDIT_GRADED: 'Case audit graded',
  CLOSED: 'Closed',
  REOPENED: 'Reopened',
}

const columns: TableColumn<CaseEvent>[] = [
  { header: 'When', cell: (event) => <span className="app-nowrap">{formatDateTime(event.at)}</span> },
  { header: 'What', cell: (event) => EVENT_NAMES[event.what] },
  { header: 'Details', cell: (event) => event.detail ?? '' },
  { header: 'By', cell: (event) => event.by },
]

/** The case's history: every recorded step from allocation to closure, latest first. */
export function HistoryPage() {
  const found = useRouteCase()
  const { data: events } = useHistory(found.id)
  return (
    <CaseFrame found={found} tab="history" title="History">
      <h2 className="govuk-heading-m">History</h2>
      <Table<CaseEvent>
        caption={`${events.length} ${events.length === 1 ? 'step' : 'steps'}, latest first`}
        captionSize="s"
        columns={columns}
        rows={events}
        rowKey={(event) => `${event.at} ${event.what} ${event.detail ?? ''}`}
      />
    </CaseFrame>
  )
}
