import { Link } from 'react-router'
import { paths } from '../../../config/paths'
import { formatDate } from '../../../lib/dates'
import { Table, type TableColumn } from '../../../lib/govuk/table'
import { Tag } from '../../../lib/govuk/tag'
import { PageTitle } from '../../../lib/page-title'
import { useOverdueReviews } from '../api/get-overdue-reviews'
import type { DueReview } from '../api/types'

const TITLE = 'Overdue reviews'

const columns: TableColumn<DueReview>[] = [
  {
    header: 'Child',
    cell: (review) => (
      <Link className="govuk-link" to={paths.case(review.caseId)}>
        {review.childName ?? 'Child not named'}
        <span className="govuk-visually-hidden">, case {review.reference}</span>
      </Link>
    ),
  },
  { header: 'Reference', cell: (review) => <span className="app-nowrap">{review.reference}</span> },
  { header: 'Practitioner', cell: (review) => review.practitionerName },
  {
    header: 'Review due',
    cell: (review) => (
      <span className="app-tags">
        <span className="app-nowrap">{formatDate(review.nextReviewDue)}</span>
        <Tag colour="red">Overdue</Tag>
      </span>
    ),
  },
]

/** For a senior: every active case of the service whose Team Around the Family review is overdue, the most first. */
export function OverdueReviewsPage() {
  const { data: reviews } = useOverdueReviews()
  return (
    <>
      <PageTitle>{TITLE}</PageTitle>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body">
        Active cases whose Team Around the Family review was due before today, across the service.
      </p>
      {reviews.length === 0 ? (
        <p className="govuk-body">No reviews are overdue.</p>
      ) : (
        <Table<DueReview>
          caption={`${reviews.length} ${reviews.length === 1 ? 'case' : 'cases'}, the most overdue first`}
          captionSize="s"
          columns={columns}
          rows={reviews}
          rowKey={(review) => review.caseId}
        />
      )}
    </>
  )
}
