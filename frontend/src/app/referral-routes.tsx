import type { RouteObject } from 'react-router'
import { useMe } from '../features/me/api/get-me'
import { CarersPage } from '../features/referrals/components/journey/carers-page'
import { CheckAnswersPage } from '../features/referrals/components/journey/check-answers-page'
import { ChildPage, NewReferralPage } from '../features/referrals/components/journey/child-page'
import { ConfirmationPage } from '../features/referrals/components/journey/confirmation-page'
import { ConsentPage } from '../features/referrals/components/journey/consent-page'
import { EducationPage } from '../features/referrals/components/journey/education-page'
import { KnownToPage } from '../features/referrals/components/journey/known-to-page'
import { NeedsPage } from '../features/referrals/components/journey/needs-page'
import { SafeguardingPage } from '../features/referrals/components/journey/safeguarding-page'
import { SchoolActionsPage } from '../features/referrals/components/journey/school-actions-page'
import { SiblingsPage } from '../features/referrals/components/journey/siblings-page'
import { ReferralPage } from '../features/referrals/components/referral-page'
import { ReferralsPage } from '../features/referrals/components/referrals-page'
import { WithdrawPage } from '../features/referrals/components/withdraw-page'
import { PageTitle } from '../lib/page-title'
import { ReferralAccessLink, referralAccessRoutes } from './record-access-routes'

/** The referrals list as the caller may see it: their school's, or every school's for a senior. */
function ReferralsRoute() {
  const { data: me } = useMe()
  const referrer = me.roles.includes('referrer') && !!me.schoolUrn
  return <ReferralsPage scope={referrer ? 'school' : 'all'} canRefer={referrer} />
}

/** "Refer a child" starts a draft for the referrer's own school. */
function NewReferralRoute() {
  const { data: me } = useMe()
  if (!me.roles.includes('referrer') || !me.schoolUrn) {
    return (
      <>
        <PageTitle>You cannot refer a child</PageTitle>
        <h1 className="govuk-heading-l">You cannot refer a child</h1>
        <p className="govuk-body">Only a school’s referrer (usually its SENCO) can refer a child to the service.</p>
      </>
    )
  }
  return <NewReferralPage schoolUrn={me.schoolUrn} />
}

export const referralRoutes: RouteObject[] = [
  { path: 'referrals', element: <ReferralsRoute /> },
  { path: 'referrals/new', element: <NewReferralRoute /> },
  {
    path: 'referrals/:id',
    element: (
      <ReferralPage>
        <ReferralAccessLink />
      </ReferralPage>
    ),
  },
  { path: 'referrals/:id/child', element: <ChildPage /> },
  { path: 'referrals/:id/siblings', element: <SiblingsPage /> },
  { path: 'referrals/:id/carers', element: <CarersPage /> },
  { path: 'referrals/:id/needs', element: <NeedsPage /> },
  { path: 'referrals/:id/safeguarding', element: <SafeguardingPage /> },
  { path: 'referrals/:id/education', element: <EducationPage /> },
  { path: 'referrals/:id/school-actions', element: <SchoolActionsPage /> },
  { path: 'referrals/:id/known-to', element: <KnownToPage /> },
  { path: 'referrals/:id/consent', element: <ConsentPage /> },
  { path: 'referrals/:id/check-answers', element: <CheckAnswersPage /> },
  { path: 'referrals/:id/confirmation', element: <ConfirmationPage /> },
  { path: 'referrals/:id/withdraw', element: <WithdrawPage /> },
  ...referralAccessRoutes,
]
