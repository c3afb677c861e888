import { Link } from 'react-router'
import { formatDate } from '../../../lib/dates'
import { Table, type TableColumn } from '../../../lib/govuk/table'
import { useInvitedCases } from '../api/get-invited-cases'
import type { InvitedCase } from '../api/types'
import { partnerPaths } from '../paths'

const columns: TableColumn<InvitedCase>[] = [
  {
    header: 'Child',
    cell: (invited) => (
      <Link className="govuk-link" to={partnerPaths.invitedCase(invited.caseId)}>
        {invited.childName}
        <span className="govuk-visually-hidden">, case {invited.reference}</span>
      </Link>
    ),
  },
  { header: 'Reference', cell: (invited) => <span className="app-nowrap">{invited.reference}</span> },
  { header: 'School', cell: (invited) => invited.schoolName },
  { header: 'Practitioner', cell: (invited) => invited.practitionerName },
  { header: 'Invited until', cell: (invited) => <span className="app-nowrap">{formatDate(invited.until)}</span> },
]

/** A partner's home: the cases they are invited to today, the invitation ending soonest first. */
export function InvitedCases() {
  const { data: invited } = useInvitedCases()
  return (
    <>
      <h2 className="govuk-heading-m">Cases you are invited to</h2>
      {invited.length === 0 ? (
        <p className="govuk-body">You are not invited to any case at the moment.</p>
      ) : (
        <Table<InvitedCase>
          caption={`${invited.length} ${invited.length === 1 ? 'case' : 'cases'}, the invitation ending soonest first`}
          captionSize="s"
          columns={columns}
          rows={invited}
          rowKey={(row) => row.caseId}
        />
      )}
    </>
  )
}
