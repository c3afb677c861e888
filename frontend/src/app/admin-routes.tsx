import type { ReactNode } from 'react'
import { Outlet, useRouteError, type RouteObject } from 'react-router'
import { AdminHomePage } from '../features/admin/components/admin-home-page'
import { AreasPage } from '../features/admin/components/areas-page'
import { ChangeAreaPage } from '../features/admin/components/change-area-page'
import { ChangeEligibilityRulePage } from '../features/admin/components/change-eligibility-rule-page'
import { ChangePractitionerPage } from '../features/admin/components/change-practitioner-page'
import { ConfigChangesPage } from '../features/admin/components/config-changes-page'
import { EligibilityRulesPage } from '../features/admin/components/eligibility-rules-page'
import { PractitionersPage } from '../features/admin/components/practitioners-page'
import { SchoolsPage } from '../features/admin/components/schools-page'
import { useMe } from '../features/me/api/get-me'
import { ApiError } from '../lib/api/api-error'
import { PageTitle } from '../lib/page-title'
import { RouteError } from './errors/route-error'

const TITLE = 'You cannot change the service’s configuration'

function NotAllowed() {
  return (
    <>
      <PageTitle>{TITLE}</PageTitle>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body">
        Only the service’s administrator can change its schools, areas, rules and practitioners.
      </p>
    </>
  )
}

/** Service configuration is the administrator's: anyone else is told so, before any call the API would refuse. */
function AdminOnly({ children }: { children: ReactNode }) {
  const { data: me } = useMe()
  return me.roles.includes('admin') ? children : <NotAllowed />
}

/** A refusal from the API (403) says the same as the page does; anything else is the app's usual error page. */
function AdminRouteError() {
  const error = useRouteError()
  return error instanceof ApiError && error.status === 403 ? <NotAllowed /> : <RouteError />
}

export const adminRoutes: RouteObject[] = [
  {
    path: 'admin',
    element: (
      <AdminOnly>
        <Outlet />
      </AdminOnly>
    ),
    errorElement: <AdminRouteError />,
    children: [
      { index: true, element: <AdminHomePage /> },
      { path: 'schools', element: <SchoolsPage /> },
      { path: 'eligibility-rules', element: <EligibilityRulesPage /> },
      { path: 'eligibility-rules/:code', element: <ChangeEligibilityRulePage /> },
      { path: 'areas', element: <AreasPage /> },
      { path: 'areas/:name', element: <ChangeAreaPage /> },
      { path: 'practitioners', element: <PractitionersPage /> },
      { path: 'practitioners/:id', element: <ChangePractitionerPage /> },
      { path: 'changes', element: <ConfigChangesPage /> },
    ],
  },
]
