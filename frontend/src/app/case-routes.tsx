import { Outlet, type RouteObject } from 'react-router'
import { paths } from '../config/paths'
import type { Case } from '../features/cases/api/types'
import { AssessmentPage } from '../features/cases/components/assessment-page'
import { AssessmentVersionsPage } from '../features/cases/components/assessment-versions-page'
import type { CaseRouteContext } from '../features/cases/components/case-frame'
import { CloseCasePage } from '../features/cases/components/close-case-page'
import { ContactsPage } from '../features/cases/components/contacts-page'
import { HistoryPage } from '../features/cases/components/history-page'
import { PlanPage } from '../features/cases/components/plan-page'
import { PlanVersionsPage } from '../features/cases/components/plan-versions-page'
import { RecordContactPage } from '../features/cases/components/record-contact-page'
import { RecordReviewPage } from '../features/cases/components/record-review-page'
import { ReviewsPage } from '../features/cases/components/reviews-page'
import { useMe } from '../features/me/api/get-me'
import { caseSummaryRoutes } from './case-summary-routes'
import { casePartnerRoutes } from './partner-routes'
import { caseAccessRoutes } from './record-access-routes'

/**
 * A case's pages lead back to the list their reader came from: their own cases, or (for a senior) its
 * practitioner's. Which cases the caller may see and work on is the API's to say (404 otherwise).
 */
function CaseRoute() {
  const { data: me } = useMe()
  const isSenior = me.roles.includes('senior')
  const backTo = (found: Case) => {
    if (found.practitionerId === me.id) {
      return { to: isSenior ? paths.practitionerCases(me.id) : paths.cases, text: 'Back to your cases' }
    }
    if (isSenior) {
      return { to: paths.practitionerCases(found.practitionerId), text: `Back to ${found.practitionerName}’s cases` }
    }
    return { to: paths.cases, text: 'Back to cases' }
  }
  return <Outlet context={{ backTo, isSenior } satisfies CaseRouteContext} />
}

/**
 * A case: its summary, contacts, assessment, plan and reviews, each a page of its own under the case's navigation,
 * and its forms (a contact, a review, closing it).
 */
export const caseRoutes: RouteObject[] = [
  {
    path: 'cases/:id',
    element: <CaseRoute />,
    children: [
      ...caseSummaryRoutes,
      { path: 'contacts', element: <ContactsPage /> },
      { path: 'contacts/new', element: <RecordContactPage /> },
      { path: 'assessment', element: <AssessmentPage /> },
      { path: 'assessment/versions', element: <AssessmentVersionsPage /> },
      { path: 'plan', element: <PlanPage /> },
      { path: 'plan/versions', element: <PlanVersionsPage /> },
      { path: 'reviews', element: <ReviewsPage /> },
      { path: 'reviews/new', element: <RecordReviewPage /> },
      { path: 'close', element: <CloseCasePage /> },
      { path: 'history', element: <HistoryPage /> },
      ...casePartnerRoutes,
      ...caseAccessRoutes,
    ],
  },
]
