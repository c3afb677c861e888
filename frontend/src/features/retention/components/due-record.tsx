import { useQueryClient } from '@tanstack/react-query'
import { Fragment, useState, type ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import { BackLink } from '../../../lib/govuk/back-link'
import { PageTitle } from '../../../lib/page-title'
import { retentionReviewsQueryOptions, useRetentionReviewsNow } from '../api/get-retention-reviews'
import type { RetentionReview } from '../api/types'
import { PAGE_SIZE, useListAddress } from '../hooks/use-list-address'
import { retentionPaths } from '../paths'

/** A record due as a decision page has it: the page of the list it came from, and a way to read it again. */
export type DueRecordProps = { review: RetentionReview; page: number; reload: () => Promise<void> }

/**
 * The record due that the address names (`/retention/:reviewId/erase?page=2`), found on its page of the list. The
 * page keeps the record as it was read, so that the version decided on is the one the senior saw: a decision made
 * here or elsewhere does not change it under them, and reading it again is theirs to ask for.
 */
export function DueRecord({ children }: { children: (found: DueRecordProps) => ReactNode }) {
  const { reviewId = '' } = useParams()
  const { page } = useListAddress()
  const query = { state: 'DUE' as const, page: page - 1, size: PAGE_SIZE }
  const { data } = useRetentionReviewsNow(query)
  const queryClient = useQueryClient()
  const find = (items: RetentionReview[]) => items.find((candidate) => candidate.id === reviewId)
  const [read, setRead] = useState(() => ({ review: find(data.items), times: 1 }))

  const reload = async () => {
    const fresh = await queryClient.fetchQuery({ ...retentionReviewsQueryOptions(query), staleTime: 0 })
    setRead(({ times }) => ({ review: find(fresh.items), times: times + 1 }))
  }

  if (!read.review) return <NoLongerDue page={page} />
  // A new reading starts the decision afresh, without the refusal that led to it.
  return <Fragment key={read.times}>{children({ review: read.review, page, reload })}</Fragment>
}

const TITLE = 'This record is no longer due for review'

function NoLongerDue({ page }: { page: number }) {
  return (
    <>
      <PageTitle>{TITLE}</PageTitle>
      <BackLink to={retentionPaths.list('DUE', page)}>Back to records due for erasure</BackLink>
      <div className="govuk-grid-row govuk-!-margin-top-4">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{TITLE}</h1>
          <p className="govuk-body">Someone may have erased it or kept it longer since the list was read.</p>
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" to={retentionPaths.list('HELD')}>
                Records kept longer
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to={retentionPaths.list('ERASED')}>
                Records erased
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </>
  )
}
