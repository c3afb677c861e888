import { Link } from 'react-router'
import { paths } from '../../../config/paths'
import { formatDate, todayInLondon } from '../../../lib/dates'
import { Table, type TableColumn } from '../../../lib/govuk/table'
import { useCases } from '../api/get-cases'
import type { Case } from '../api/types'
import { caseChildName, isFirstContactOverdue, OverdueTag } from './case-words'

/** What an open case waits for from its practitioner, by when (none once the reviews have ended) and if late. */
type NextAction = { text: string; due?: string | undefined; overdue: boolean }

type Row = { found: Case; action: NextAction }

/**
 * The first contact while there has been none; then the next Team Around the Family review (overdue once its day
 * has passed, as the API's overdue list counts it); once a review has ended the reviews, closing the case.
 */
function nextAction(found: Case, today: string): NextAction | undefined {
  if (found.state === 'CLOSED') return undefined
  if (found.firstContactStatus === 'DUE' || found.firstContactStatus === 'OVERDUE') {
    return { text: 'First contact due', due: found.firstContactDue, overdue: isFirstContactOverdue(found) }
  }
  if (found.nextReviewDue) {
    return { text: 'Review due', due: found.nextReviewDue, overdue: found.nextReviewDue < today }
  }
  return { text: 'Close the case', overdue: false }
}

/** The soonest due first; those with no date last. */
function soonestFirst(a: Row, b: Row): number {
  const [dueA, dueB] = [a.action.due ?? '9999-12-31', b.action.due ?? '9999-12-31']
  return dueA === dueB ? a.found.reference.localeCompare(b.found.reference) : dueA < dueB ? -1 : 1
}

const columns: TableColumn<Row>[] = [
  {
    header: 'Child',
    cell: ({ found }) => (
      <Link className="govuk-link" to={paths.case(found.id)}>
        {caseChildName(found)}
        <span className="govuk-visually-hidden">, case {found.reference}</span>
      </Link>
    ),
  },
  { header: 'Reference', cell: ({ found }) => <span className="app-nowrap">{found.reference}</span> },
  {
    header: 'Next action',
    cell: ({ action }) => (
      <span className="app-tags">
        <span>{action.due ? `${action.text} ${formatDate(action.due)}` : action.text}</span>
        {action.overdue && <OverdueTag />}
      </span>
    ),
  },
]

/**
 * A practitioner's open cases, each with what it waits for next, the soonest due first and overdue ones marked.
 * A senior's own cases are those with their id (`practitionerId`); a practitioner's are all they get.
 */
export function NextActions({ practitionerId }: { practitionerId?: string | undefined }) {
  const { data: cases } = useCases(practitionerId)
  const today = todayInLondon()
  const rows = cases
    .flatMap((found) => {
      const action = nextAction(found, today)
      return action ? [{ found, action }] : []
    })
    .sort(soonestFirst)
  return (
    <>
      <h2 className="govuk-heading-m">Your next actions</h2>
      {rows.length === 0 ? (
        <p className="govuk-body">You have no open cases.</p>
      ) : (
        <Table<Row>
          caption={`${rows.length} open ${rows.length === 1 ? 'case' : 'cases'}, the soonest due first`}
          captionSize="s"
          columns={columns}
          rows={rows}
          rowKey={({ found }) => found.id}
        />
      )}
    </>
  )
}
