import { Link, useSearchParams } from 'react-router'
import { paths } from '../../../config/paths'
import { ButtonLink } from '../../../lib/govuk/button-link'
import { Pagination } from '../../../lib/govuk/pagination'
import { PageTitle } from '../../../lib/page-title'
import { useReferrals } from '../api/get-referrals'
import type { ReferralState } from '../api/types'
import { ReferralsFilter } from './referrals-filter'
import { ReferralsTable } from './referrals-table'
import { STATE_NAMES } from './state-tag'

const PAGE_SIZE = 20

/**
 * The referrals a user may see, newest first: a referrer's school's ("Your school's referrals"), or every
 * school's for a senior. Filters and the page live in the address (`?state=DRAFT&q=sam&page=2`).
 */
export function ReferralsPage({ scope, canRefer }: { scope: 'school' | 'all'; canRefer: boolean }) {
  const [params] = useSearchParams()
  const state = STATE_NAMES.some(({ state }) => state === params.get('state'))
    ? (params.get('state') as ReferralState)
    : undefined
  const q = params.get('q')?.trim() || undefined
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1)
  const { data, isPending, isError, error } = useReferrals({ state, q, page: page - 1, size: PAGE_SIZE })
  if (isError) throw error

  const title = scope === 'school' ? 'Your school’s referrals' : 'Referrals'
  const pageHref = (to: number) => {
    const next = new URLSearchParams(params)
    next.set('page', String(to))
    return `${paths.referrals}?${next.toString()}`
  }
  const pageCount = data ? Math.ceil(data.total / data.size) : 0

  return (
    <>
      <PageTitle>{title}</PageTitle>
      <h1 className="govuk-heading-l">{title}</h1>
      {canRefer && <ButtonLink to={paths.newReferral}>Refer a child</ButtonLink>}
      <ReferralsFilter key={params.toString()} state={state} q={q} />
      {isPending ? (
        <p className="govuk-body">Loading…</p>
      ) : data.items.length === 0 ? (
        <p className="govuk-body">
          {state || q ? (
            <>
              No referrals match.{' '}
              <Link className="govuk-link" to={paths.referrals}>
                Clear the filters
              </Link>
            </>
          ) : (
            'There are no referrals yet.'
          )}
        </p>
      ) : (
        <>
          <ReferralsTable
            referrals={data.items}
            showSchool={scope === 'all'}
            caption={`${data.total} ${data.total === 1 ? 'referral' : 'referrals'}${pageCount > 1 ? `, page ${page} of ${pageCount}` : ''}`}
          />
          <Pagination current={page} count={pageCount} href={pageHref} />
        </>
      )}
    </>
  )
}
