import type { RouteObject } from 'react-router'
import { HomePage } from '../features/me/components/home-page'
import { adminRoutes } from './admin-routes'
import { allocationRoutes } from './allocation-routes'
import { caseRoutes } from './case-routes'
import { NotFoundPage } from './errors/not-found-page'
import { RouteError } from './errors/route-error'
import { RootLayout } from './layout/root-layout'
import { referralRoutes } from './referral-routes'
import { triageRoutes } from './triage-routes'

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomePage /> },
          ...referralRoutes,
          ...triageRoutes,
          ...adminRoutes,
          ...allocationRoutes,
          ...caseRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]
