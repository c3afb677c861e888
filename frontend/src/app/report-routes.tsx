import { lazy, type ReactNode } from 'react'
import type { RouteObject } from 'react-router'
import type { Me } from '../features/me/api/get-me'
import { ReportRecordsPage } from '../features/reports/components/records-page'
import { ReportsPage } from '../features/reports/components/reports-page'
import { Allowed, SENIOR } from './allocation-routes'

// The pages with charts load on their first visit, so that the charting library stays out of everyone else's way.
const FunnelPage = lazy(() =>
  import('../features/reports/components/funnel-page').then((m) => ({ default: m.FunnelPage })),
)
const TimelinessPage = lazy(() =>
  import('../features/reports/components/timeliness-page').then((m) => ({ default: m.TimelinessPage })),
)
const CaseloadsPage = lazy(() =>
  import('../features/reports/components/caseloads-page').then((m) => ({ default: m.CaseloadsPage })),
)
const OutcomesPage = lazy(() =>
  import('../features/reports/components/outcomes-page').then((m) => ({ default: m.OutcomesPage })),
)

const isSenior = (me: Me) => me.roles.includes('senior')

const forSeniors = (page: ReactNode) => (
  <Allowed when={isSenior} what="see the programme board reports" who={SENIOR}>
    {page}
  </Allowed>
)

/** Seniors run the programme board's reports and open the records behind a figure. */
export const reportRoutes: RouteObject[] = [
  { path: 'reports', element: forSeniors(<ReportsPage />) },
  { path: 'reports/funnel', element: forSeniors(<FunnelPage />) },
  { path: 'reports/timeliness', element: forSeniors(<TimelinessPage />) },
  { path: 'reports/caseloads', element: forSeniors(<CaseloadsPage />) },
  { path: 'reports/outcomes', element: forSeniors(<OutcomesPage />) },
  { path: 'reports/:report/records', element: forSeniors(<ReportRecordsPage />) },
]
