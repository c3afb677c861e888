import { paths } from '../../../config/paths'
import { BackLink } from '../../../lib/govuk/back-link'
import { ErrorSummary } from '../../../lib/govuk/error-summary'
import { PageTitle } from '../../../lib/page-title'
import type { ChildRecord } from '../api/types'
import { useAccessFilters } from '../hooks/use-access-filters'
import { RecordAccess } from './record-access'

/** A referral's record access on a page of its own, about its child, with the way back to the referral. */
export function RecordAccessPage({
  record,
  reference,
  childName,
}: {
  record: ChildRecord
  reference: string
  childName: string
}) {
  const { errors } = useAccessFilters()
  const title = `Who has looked at this record – ${childName}`
  return (
    <>
      <PageTitle>{errors.length > 0 ? `Error: ${title}` : title}</PageTitle>
      <BackLink to={paths.referral(record.referralId)}>Back to the referral</BackLink>
      <div className="govuk-grid-row govuk-!-margin-top-4">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <span className="govuk-caption-l">Referral {reference}</span>
          <h1 className="govuk-heading-l">{childName}</h1>
        </div>
      </div>
      <RecordAccess record={record} />
    </>
  )
}
