import { Link } from 'react-router'
import { formatDate } from '../../../lib/dates'
import { Table, type TableColumn } from '../../../lib/govuk/table'
import type { RetentionReview, RetentionState } from '../api/types'
import { retentionPaths } from '../paths'
import { childOf, dateOfBirthOf, decidedBy, howItEnded } from './retention-words'

type Column = TableColumn<RetentionReview>

/** The child with their date of birth under the name; once erased, neither. */
function Child({ review }: { review: RetentionReview }) {
  if (review.state === 'ERASED') return <>{childOf(review)}</>
  return (
    <>
      {childOf(review)}
      <span className="app-summary-line govuk-!-font-size-16">Born {dateOfBirthOf(review)}</span>
    </>
  )
}

const RECORD: Column[] = [
  { header: 'Reference', cell: (review) => <span className="app-nowrap">{review.reference}</span> },
  { header: 'Child', cell: (review) => <Child review={review} /> },
  { header: 'School', cell: (review) => review.schoolName },
  { header: 'How it ended', cell: howItEnded },
  { header: 'Retention date', cell: (review) => formatDate(review.dueOn) },
]

/** A record due leads to erasing it or keeping it longer, both on pages that name its page of the list. */
const decide = (page: number): Column => ({
  header: 'Decision',
  cell: (review) => (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      <li>
        <Link className="govuk-link" to={retentionPaths.erase(review.id, page)}>
          Erase <span className="govuk-visually-hidden">record {review.reference}</span>
        </Link>
      </li>
      <li>
        <Link className="govuk-link app-nowrap" to={retentionPaths.hold(review.id, page)}>
          Keep longer <span className="govuk-visually-hidden">record {review.reference}</span>
        </Link>
      </li>
    </ul>
  ),
})

const HELD: Column[] = [
  { header: 'Kept until', cell: (review) => formatDate(review.keepUntil) },
  { header: 'Why', cell: (review) => <span className="app-preserve-lines">{review.holdReason}</span> },
  { header: 'Decided by', cell: decidedBy },
]

const ERASED: Column[] = [{ header: 'Erased by', cell: decidedBy }]

const columnsFor = (state: RetentionState, page: number): Column[] =>
  [...RECORD, ...{ DUE: [decide(page)], HELD, ERASED }[state]]

/** One page of the records in a state; a table that scrolls on its own where it is too wide, reached as a region. */
export function ReviewsTable({
  reviews,
  state,
  page,
  caption,
}: {
  reviews: RetentionReview[]
  state: RetentionState
  page: number
  caption: string
}) {
  return (
    <div className="app-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <Table<RetentionReview>
        caption={caption}
        captionSize="s"
        columns={columnsFor(state, page)}
        rows={reviews}
        rowKey={(review) => review.id}
      />
    </div>
  )
}
