import { useState } from 'react'
import { useNavigate, type RouteObject } from 'react-router'
import { paths } from '../config/paths'
import { CaseFrame, useRouteCase, type CasePageState } from '../features/cases/components/case-frame'
import { caseChildName } from '../features/cases/components/case-words'
import type { Me } from '../features/me/api/get-me'
import { CasePartners } from '../features/partners/components/case-partners'
import { InvitedCasePage } from '../features/partners/components/invited-case-page'
import { InvitePartnerPage } from '../features/partners/components/invite-partner-page'
import type { ErrorItem } from '../lib/govuk/error-summary'
import { Allowed } from './allocation-routes'

const NO_ERRORS: ErrorItem[] = []

/** The case's Partners tab: its invitations and the partners' contributions, in the case's frame. */
function CasePartnersRoute() {
  const found = useRouteCase()
  const navigate = useNavigate()
  const [errors, setErrors] = useState(NO_ERRORS)
  const onEnded = async (success: CasePageState['success']) => {
    setErrors(NO_ERRORS)
    await navigate(paths.casePartners(found.id), { replace: true, state: { success } satisfies CasePageState })
  }
  return (
    <CaseFrame found={found} tab="partners" title="Partners" errors={errors}>
      <CasePartners found={found} onEnded={onEnded} onRefused={setErrors} />
    </CaseFrame>
  )
}

/** Inviting a partner leads back to the case's partners, saying who may now see the case and when. */
function InvitePartnerRoute() {
  const found = useRouteCase()
  const navigate = useNavigate()
  const onInvited = async (success: CasePageState['success']) => {
    await navigate(paths.casePartners(found.id), { state: { success } satisfies CasePageState })
  }
  return <InvitePartnerPage found={found} name={caseChildName(found)} onInvited={onInvited} />
}

/** A case's partners, under the case's own route (`cases/:id`). */
export const casePartnerRoutes: RouteObject[] = [
  { path: 'partners', element: <CasePartnersRoute /> },
  { path: 'partners/invite', element: <InvitePartnerRoute /> },
]

const isPartner = (me: Me) => me.roles.includes('partner')

/** A partner's view of a case they are invited to (the API says which: any other is not found). */
export const partnerRoutes: RouteObject[] = [
  {
    path: 'invited-cases/:id',
    element: (
      <Allowed when={isPartner} what="see the cases partners are invited to" who="a partner agency’s staff">
        <InvitedCasePage />
      </Allowed>
    ),
  },
]
