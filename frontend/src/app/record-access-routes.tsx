import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useParams, type RouteObject } from 'react-router'
import { useCases } from '../features/cases/api/get-cases'
import { CaseFrame, useRouteCase } from '../features/cases/components/case-frame'
import { meQueryOptions, type Me } from '../features/me/api/get-me'
import { RecordAccess } from '../features/record-access/components/record-access'
import { RecordAccessLink } from '../features/record-access/components/record-access-link'
import { RecordAccessPage } from '../features/record-access/components/record-access-page'
import { useAccessFilters } from '../features/record-access/hooks/use-access-filters'
import { referralAccessPath } from '../features/record-access/paths'
import type { Referral } from '../features/referrals/api/types'
import { useRouteReferral } from '../features/referrals/hooks/use-route-referral'
import { Allowed, SENIOR } from './allocation-routes'

const isSenior = (me: Me) => me.roles.includes('senior')

/** A senior's link from a referral to who has looked at its record; the referral's page does not wait for it. */
export function ReferralAccessLink() {
  const { id = '' } = useParams()
  const { data: me } = useQuery(meQueryOptions())
  return me && isSenior(me) ? <RecordAccessLink to={referralAccessPath(id)} /> : null
}

/** A referral has its case from allocation on (a reopened case is the same case). */
const WITH_CASE: ReadonlySet<Referral['state']> = new Set(['ALLOCATED', 'ACTIVE', 'CLOSED'])

/** A referral's record access: the referral's and, once allocated, its case's. */
function ReferralAccessRoute() {
  const referral = useRouteReferral()
  if (!WITH_CASE.has(referral.state)) return <ReferralAccess referral={referral} />
  return <AllocatedReferralAccess referral={referral} />
}

/** The case is found among every case (a senior's list), as a referral does not name its case. */
function AllocatedReferralAccess({ referral }: { referral: Referral }) {
  const { data: cases } = useCases(undefined)
  return <ReferralAccess referral={referral} caseId={cases.find((found) => found.referralId === referral.id)?.id} />
}

function ReferralAccess({ referral, caseId }: { referral: Referral; caseId?: string | undefined }) {
  const child = [referral.child?.firstName, referral.child?.lastName].filter(Boolean).join(' ')
  return (
    <RecordAccessPage
      record={{ referralId: referral.id, caseId }}
      reference={referral.reference}
      childName={child || 'Child not named yet'}
    />
  )
}

/** A case's record access (its referral's too), as one of the case's pages. */
function CaseAccessRoute() {
  const found = useRouteCase()
  const { errors } = useAccessFilters()
  return (
    <CaseFrame found={found} tab="access" title="Who has looked at this record" errors={errors}>
      <RecordAccess record={{ referralId: found.referralId, caseId: found.id }} />
    </CaseFrame>
  )
}

const forSeniors = (page: ReactNode) => (
  <Allowed when={isSenior} what="see who has looked at a child’s record" who={SENIOR}>
    {page}
  </Allowed>
)

/** Who has looked at a child's record, from its referral. */
export const referralAccessRoutes: RouteObject[] = [
  { path: 'referrals/:id/access', element: forSeniors(<ReferralAccessRoute />) },
]

/** The same from its case, under the case's own route (`cases/:id`). */
export const caseAccessRoutes: RouteObject[] = [{ path: 'access', element: forSeniors(<CaseAccessRoute />) }]
