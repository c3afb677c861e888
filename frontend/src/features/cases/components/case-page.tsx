import { formatDate } from '../../../lib/dates'
import { SummaryList, type SummaryRow } from '../../../lib/govuk/summary-list'
import type { Case } from '../api/types'
import { CaseFrame, useRouteCase } from './case-frame'
import { CaseStateTag, FirstContact } from './case-words'

/** A case's summary: whose it is, where it stands, and the first contact with the family (due, or made when). */
export function CasePage() {
  const found = useRouteCase()
  return (
    <CaseFrame found={found} tab="summary">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Summary</h2>
          <SummaryList rows={rows(found)} />
        </div>
      </div>
    </CaseFrame>
  )
}

function rows(found: Case): SummaryRow[] {
  const rows: SummaryRow[] = [
    { key: 'School', value: found.schoolName },
    { key: 'Practitioner', value: found.practitionerName },
    { key: 'State', value: <CaseStateTag state={found.state} /> },
    { key: 'Allocated on', value: formatDate(found.allocatedOn) },
    { key: 'First contact', value: <FirstContact found={found} /> },
  ]
  if (found.overrideReason) rows.push({ key: 'Reason for allocating beyond capacity', value: found.overrideReason })
  return rows
}
