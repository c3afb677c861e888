import { Link } from 'react-router'
import { paths } from '../../../config/paths'
import { formatDay } from '../../../lib/dates'
import { SummaryCard } from '../../../lib/govuk/summary-card'
import { SummaryList, type SummaryRow } from '../../../lib/govuk/summary-list'
import { Tag } from '../../../lib/govuk/tag'
import type { AgendaItem } from '../api/types'
import { DecisionSummary } from './decision-summary'
import { EligibilityList } from './eligibility-list'

export function childName(item: AgendaItem): string {
  return item.childName ?? 'Child not named'
}

/**
 * One referral on the agenda: who, from which school, when it came, whether safeguarding needs attention,
 * each eligibility rule, and the decision once made. A senior may open the referral and record the decision.
 */
export function AgendaCard({
  meetingId,
  item,
  canDecide,
}: {
  meetingId: string
  item: AgendaItem
  canDecide: boolean
}) {
  const name = childName(item)
  const actions =
    canDecide && !item.decision
      ? [
          {
            to: paths.recordDecision(meetingId, item.referralId),
            text: 'Record decision',
            visuallyHidden: `for ${name}`,
          },
        ]
      : []
  const rows: SummaryRow[] = [
    {
      key: 'Reference',
      value: canDecide ? (
        <Link className="govuk-link" to={paths.referral(item.referralId)}>
          {item.reference}
          <span className="govuk-visually-hidden"> (the referral for {name})</span>
        </Link>
      ) : (
        item.reference
      ),
    },
    { key: 'School', value: item.schoolName },
    { key: 'Submitted', value: item.submittedAt ? formatDay(item.submittedAt) : 'Not known' },
    {
      key: 'Safeguarding',
      value: item.safeguardingNeedsAttention ? (
        <Tag colour="red">Safeguarding: needs attention</Tag>
      ) : (
        'No immediate concern marked'
      ),
    },
    { key: 'Eligibility', value: <EligibilityList results={item.eligibility} /> },
    { key: 'Decision', value: item.decision ? <DecisionSummary decision={item.decision} /> : 'Not decided yet' },
  ]
  return (
    <SummaryCard title={name} headingLevel={3} actions={actions}>
      <SummaryList rows={rows} />
    </SummaryCard>
  )
}
