import { Link } from 'react-router'
import { Button } from '../../../lib/govuk/button'
import { ErrorSummary, type ErrorItem } from '../../../lib/govuk/error-summary'
import { Pagination } from '../../../lib/govuk/pagination'
import { PageTitle } from '../../../lib/page-title'
import { SuccessBanner } from '../../../lib/govuk/success-banner'
import { useRetentionReviews } from '../api/get-retention-reviews'
import { useSweepRetention } from '../api/sweep-retention'
import type { RetentionReviewPage, RetentionState } from '../api/types'
import { PAGE_SIZE, useListAddress } from '../hooks/use-list-address'
import { retentionPaths } from '../paths'
import { ReviewsTable } from './reviews-table'
import { STATE_WORDS } from './retention-words'
import { StateTabs } from './state-tabs'
import { SweepOutcome } from './sweep-outcome'

const TITLE = 'Records due for erasure'

const SWEEP_FAILED: ErrorItem[] = [{ text: 'Sorry, the check for records due did not run. Try again later.' }]
const NO_ERRORS: ErrorItem[] = []

/**
 * For a senior: ended family records past their retention date, by state (`?state=HELD&page=2`): those due for
 * review, each to erase or keep longer; those kept longer; those erased. The nightly check can be run now.
 */
export function RetentionPage() {
  const { state, page } = useListAddress()
  const reviews = useRetentionReviews({ state, page: page - 1, size: PAGE_SIZE })
  const sweep = useSweepRetention()
  if (reviews.isError) throw reviews.error

  return (
    <>
      <PageTitle>{TITLE}</PageTitle>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={sweep.isError ? SWEEP_FAILED : NO_ERRORS} />
          {/* The check's outcome is announced where it appears, whether or not it ran. */}
          <div aria-live="polite">{sweep.data ? <SweepOutcome sweep={sweep.data} /> : <SuccessBanner />}</div>
          <h1 className="govuk-heading-l">{TITLE}</h1>
          <p className="govuk-body">
            A family’s record is due for review once its referral has ended and its retention date (by default, the
            child’s 25th birthday) has passed. The service checks for them every night. Erase each one, or keep it
            longer with a reason.
          </p>
          <Button className="govuk-button--secondary" disabled={sweep.isPending} onClick={() => sweep.mutate()}>
            Check for records due now
          </Button>
        </div>
      </div>
      <StateTabs current={state} page={page}>
        {reviews.isPending ? (
          <p className="govuk-body">Loading…</p>
        ) : (
          <Reviews data={reviews.data} state={state} page={page} />
        )}
      </StateTabs>
    </>
  )
}

const EMPTY: Record<RetentionState, string> = {
  DUE: 'No records are due for review.',
  HELD: 'No records are being kept longer.',
  ERASED: 'No records have been erased.',
}

function Reviews({ data, state, page }: { data: RetentionReviewPage; state: RetentionState; page: number }) {
  if (data.items.length === 0 && data.total > 0) {
    return (
      <p className="govuk-body">
        There is no page {page}.{' '}
        <Link className="govuk-link" to={retentionPaths.list(state)}>
          Go to the first page
        </Link>
      </p>
    )
  }
  if (data.items.length === 0) return <p className="govuk-body">{EMPTY[state]}</p>
  const pageCount = Math.ceil(data.total / data.size)
  const words = STATE_WORDS[state]
  const count = `${data.total} ${data.total === 1 ? words.one : words.many}`
  const caption = `${count}, earliest retention date first${pageCount > 1 ? `, page ${page} of ${pageCount}` : ''}`
  return (
    <>
      <ReviewsTable reviews={data.items} state={state} page={page} caption={caption} />
      <Pagination current={page} count={pageCount} href={(to) => retentionPaths.list(state, to)} />
    </>
  )
}
