import { formatDate } from '../../../lib/dates'
import { declineReasonName, outcomeName } from '../../../lib/decision-names'
import { SummaryList, type SummaryRow } from '../../../lib/govuk/summary-list'
import type { Referral } from '../api/types'

type Decision = NonNullable<Referral['decision']>

/** The panel's latest decision, as the referring school sees it: what, when, and what it means for them. */
export function ReferralDecision({ decision }: { decision: Decision }) {
  const rows: SummaryRow[] = [
    { key: 'Decision', value: outcomeName(decision.outcome) },
    { key: 'Decided on', value: formatDate(decision.decidedOn) },
  ]
  if (decision.services.length > 0) {
    rows.push({
      key: 'Services',
      value: (
        <ul className="govuk-list">
          {decision.services.map((service) => (
            <li key={service}>{service}</li>
          ))}
        </ul>
      ),
    })
  }
  if (decision.declineReason) rows.push({ key: 'Reason', value: declineReasonName(decision.declineReason) })
  if (decision.infoRequested) rows.push({ key: 'Information needed', value: decision.infoRequested })
  return (
    <>
      <h2 className="govuk-heading-m">The panel’s decision</h2>
      <SummaryList rows={rows} />
    </>
  )
}
