import type { RouteObject } from 'react-router'
import { adminRoutes } from './admin-routes'
import { allocationRoutes } from './allocation-routes'
import { auditRoutes } from './audit-routes'
import { caseRoutes } from './case-routes'
import { NotFoundPage } from './errors/not-found-page'
import { RouteError } from './errors/route-error'
import { groupRoutes } from './group-routes'
import { HomeRoute } from './home-route'
import { RootLayout } from './layout/root-layout'
import { partnerRoutes } from './partner-routes'
import { referralRoutes } from './referral-routes'
import { reportRoutes } from './report-routes'
import { retentionRoutes } from './retention-routes'
import { reviewRoutes } from './review-routes'
import { triageRoutes } from './triage-routes'

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomeRoute /> },
          ...referralRoutes,
          ...triageRoutes,
          ...adminRoutes,
          ...allocationRoutes,
          ...caseRoutes,
          ...reviewRoutes,
          ...partnerRoutes,
          ...auditRoutes,
          ...groupRoutes,
          ...reportRoutes,
          ...retentionRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]
