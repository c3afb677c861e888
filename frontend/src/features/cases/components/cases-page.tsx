import { Link } from 'react-router'
import { paths } from '../../../config/paths'
import { formatDate } from '../../../lib/dates'
import { Table, type TableColumn } from '../../../lib/govuk/table'
import { PageTitle } from '../../../lib/page-title'
import { useCases } from '../api/get-cases'
import type { Case } from '../api/types'
import { caseChildName, CaseStateTag, isFirstContactOverdue, OverdueTag } from './case-words'

type Props = {
  /** One practitioner's cases (a senior's view); none: the caller's own, or every case for a senior. */
  practitionerId?: string | undefined
  title: string
  /** What an empty list says ("You have no cases yet."). */
  empty: string
  /** Every practitioner's cases in one list: each row says whose it is. */
  showPractitioner?: boolean
}

/** Cases, newest allocation first, with the first contact each is waiting for and whether it is overdue. */
export function CasesPage({ practitionerId, title, empty, showPractitioner = false }: Props) {
  const { data: cases } = useCases(practitionerId)
  const columns: TableColumn<Case>[] = [
    {
      header: 'Child',
      cell: (found) => (
        <Link className="govuk-link" to={paths.case(found.id)}>
          {caseChildName(found)}
          <span className="govuk-visually-hidden">, case {found.reference}</span>
        </Link>
      ),
    },
    { header: 'Reference', cell: (found) => <span className="app-nowrap">{found.reference}</span> },
    ...(showPractitioner ? [{ header: 'Practitioner', cell: (found: Case) => found.practitionerName }] : []),
    { header: 'School', cell: (found) => found.schoolName },
    { header: 'State', cell: (found) => <CaseStateTag state={found.state} /> },
    { header: 'Allocated on', cell: (found) => <span className="app-nowrap">{formatDate(found.allocatedOn)}</span> },
    {
      header: 'First contact due',
      cell: (found) => (
        <span className="app-tags">
          <span className="app-nowrap">{formatDate(found.firstContactDue)}</span>
          {isFirstContactOverdue(found) && <OverdueTag />}
        </span>
      ),
    },
  ]
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <h1 className="govuk-heading-l">{title}</h1>
      {cases.length === 0 ? (
        <p className="govuk-body">{empty}</p>
      ) : (
        <Table<Case>
          caption={`${cases.length} ${cases.length === 1 ? 'case' : 'cases'}`}
          captionSize="s"
          columns={columns}
          rows={cases}
          rowKey={(found) => found.id}
        />
      )}
    </>
  )
}
