import { useState } from 'react'
import { useOutletContext } from 'react-router'
import { ButtonLink } from '../../../lib/govuk/button-link'
import type { ErrorItem } from '../../../lib/govuk/error-summary'
import { useOutcomeScales } from '../api/get-outcome-scales'
import { useReviews } from '../api/get-reviews'
import type { Case } from '../api/types'
import { casePaths } from '../paths'
import { CaseFrame, useRouteCase, type CaseRouteContext } from './case-frame'
import { NextReviewDue } from './case-words'
import { ExtensionDecision } from './extension-decision'
import { ReviewCard } from './review-card'

const NO_ERRORS: ErrorItem[] = []

/**
 * A case's Team Around the Family reviews, latest first, and the way to record one while the case is active;
 * a senior agrees to or refuses an extension a review waits for. A closed case's reviews are read-only.
 */
export function ReviewsPage() {
  const found = useRouteCase()
  const { data: reviews } = useReviews(found.id)
  const { data: scales } = useOutcomeScales()
  const { isSenior } = useOutletContext<CaseRouteContext>()
  const [errors, setErrors] = useState(NO_ERRORS)
  const decides = isSenior && found.state !== 'CLOSED'
  return (
    <CaseFrame found={found} tab="reviews" title="Reviews" errors={errors}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Reviews</h2>
          <NextReview found={found} />
          {reviews.length === 0 && <p className="govuk-body">No reviews have been recorded yet.</p>}
          {reviews.map((review) => (
            <ReviewCard key={review.id} review={review} scales={scales}>
              {decides && review.extensionStatus === 'AWAITING_SENIOR' && (
                <ExtensionDecision caseId={found.id} review={review} onErrors={setErrors} />
              )}
            </ReviewCard>
          ))}
        </div>
      </div>
    </CaseFrame>
  )
}

/** When the next review is due (red once overdue), and the way to record it; or why there is none. */
function NextReview({ found }: { found: Case }) {
  if (found.state === 'ALLOCATED') {
    return <p className="govuk-body">Reviews start after the first contact with the family.</p>
  }
  if (found.state !== 'ACTIVE') return <p className="govuk-body">The case is closed: it has no more reviews.</p>
  return (
    <>
      {found.nextReviewDue && (
        <p className="govuk-body">
          Next review: <NextReviewDue due={found.nextReviewDue} />
        </p>
      )}
      <ButtonLink to={casePaths.newReview(found.id)}>Record a review</ButtonLink>
    </>
  )
}
