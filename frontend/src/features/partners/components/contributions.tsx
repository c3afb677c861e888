import { formatDateTime } from '../../../lib/dates'
import { useContributions } from '../api/get-contributions'

/** What invited partners have added to a case, latest first: who, from which agency, when, and what. */
export function Contributions({ caseId }: { caseId: string }) {
  const { data: contributions } = useContributions(caseId)
  return (
    <>
      <h2 className="govuk-heading-m">Contributions from partners</h2>
      {contributions.length === 0 && <p className="govuk-body">No partner has added anything to this case yet.</p>}
      {contributions.map((contribution) => (
        <div key={contribution.id}>
          <hr className="govuk-section-break govuk-section-break--m govuk-section-break--visible" />
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
            {contribution.authorName}, {contribution.agency}
          </h3>
          <p className="govuk-body-s govuk-!-margin-bottom-2">{formatDateTime(contribution.addedAt)}</p>
          <p className="govuk-body app-preserve-lines">{contribution.text}</p>
        </div>
      ))}
    </>
  )
}
