import type { ReactNode } from 'react'
import { formatDate, formatDateTime } from '../../../lib/dates'
import { BackLink } from '../../../lib/govuk/back-link'
import { Button } from '../../../lib/govuk/button'
import { ErrorSummary, type ErrorItem } from '../../../lib/govuk/error-summary'
import { SummaryList } from '../../../lib/govuk/summary-list'
import { PageTitle } from '../../../lib/page-title'
import type { RetentionReview } from '../api/types'
import { retentionPaths } from '../paths'
import type { DueRecordProps } from './due-record'
import { caseClosedOn, childOf, dateOfBirthOf, referralStateName } from './retention-words'

/**
 * A decision page on a record due: the error summary, the record as it was read, after a refusal (409) the offer to
 * read it again, and the decision's form (`children`).
 */
export function DecisionFrame({
  found,
  title,
  summary,
  conflict,
  children,
}: {
  found: DueRecordProps
  title: string
  summary: ErrorItem[]
  conflict: boolean
  children: ReactNode
}) {
  const { review, page, reload } = found
  return (
    <>
      <PageTitle>{`${summary.length > 0 ? 'Error: ' : ''}${title} – ${review.reference}`}</PageTitle>
      <BackLink to={retentionPaths.list('DUE', page)}>Back to records due for erasure</BackLink>
      <div className="govuk-grid-row govuk-!-margin-top-4">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <span className="govuk-caption-l">
            {childOf(review)}, record {review.reference}
          </span>
          <h1 className="govuk-heading-l">{title}</h1>
          <SummaryList rows={recordRows(review)} />
          {conflict && (
            <div className="govuk-inset-text">
              <p className="govuk-body">Reload the record to see it as it is now, then decide again.</p>
              <Button className="govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => void reload()}>
                Reload the record
              </Button>
            </div>
          )}
          {children}
        </div>
      </div>
    </>
  )
}

function recordRows(review: RetentionReview) {
  return [
    { key: 'Child', value: childOf(review) },
    { key: 'Date of birth', value: dateOfBirthOf(review) },
    { key: 'School', value: review.schoolName },
    { key: 'Referral state', value: referralStateName(review.referralState) },
    { key: 'Case closed on', value: caseClosedOn(review) },
    { key: 'Retention date', value: formatDate(review.dueOn) },
    { key: 'Due for review since', value: formatDateTime(review.markedAt) },
  ]
}
