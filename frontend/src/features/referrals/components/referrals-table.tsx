import { Link } from 'react-router'
import { paths } from '../../../config/paths'
import { Table, type TableColumn } from '../../../lib/govuk/table'
import type { ReferralSummary } from '../api/types'
import { formatDay } from '../../../lib/dates'
import { SafeguardingTag, StateTag } from './state-tag'

export function ReferralsTable({
  referrals,
  showSchool,
  caption,
}: {
  referrals: ReferralSummary[]
  showSchool: boolean
  caption: string
}) {
  const columns: TableColumn<ReferralSummary>[] = [
    {
      header: 'Child',
      cell: (referral) => (
        <Link className="govuk-link" to={paths.referral(referral.id)}>
          {[referral.childFirstName, referral.childLastName].filter(Boolean).join(' ') || 'Not named yet'}
          <span className="govuk-visually-hidden">, referral {referral.reference}</span>
        </Link>
      ),
    },
    { header: 'Reference', cell: (referral) => <span className="app-nowrap">{referral.reference}</span> },
    ...(showSchool
      ? [{ header: 'School', cell: (referral: ReferralSummary) => referral.schoolName ?? referral.schoolUrn }]
      : []),
    { header: 'Started', cell: (referral) => formatDay(referral.createdAt) },
    { header: 'Submitted', cell: (referral) => (referral.submittedAt ? formatDay(referral.submittedAt) : 'Not yet') },
    {
      header: 'State',
      cell: (referral) => (
        <span className="app-tags">
          <StateTag state={referral.state} />
          {referral.safeguardingNeedsAttention && <SafeguardingTag />}
        </span>
      ),
    },
  ]
  return (
    <Table caption={caption} captionSize="s" columns={columns} rows={referrals} rowKey={(referral) => referral.id} />
  )
}
