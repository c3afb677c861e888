import type { RouteObject } from 'react-router'
import { CaseAudits } from '../features/audits/components/case-audits'
import { useRouteCase } from '../features/cases/components/case-frame'
import { CasePage } from '../features/cases/components/case-page'
import { ReopenCasePage } from '../features/cases/components/reopen-case-page'
import { CaseGroups } from '../features/groups/components/case-groups'
import { useMe, type Me } from '../features/me/api/get-me'
import { Allowed, SENIOR } from './allocation-routes'

/** A case's summary, with the groups it is in and its graded audits (whose actions are for "you", its practitioner). */
function CaseSummaryRoute() {
  const found = useRouteCase()
  const { data: me } = useMe()
  return (
    <CasePage>
      <CaseGroups caseId={found.id} />
      <CaseAudits caseId={found.id} actionsFor={found.practitionerId === me.id ? 'you' : found.practitionerName} />
    </CasePage>
  )
}

const isSenior = (me: Me) => me.roles.includes('senior')

/** A case's summary and, for a senior, reopening it once closed; under the case's own route (`cases/:id`). */
export const caseSummaryRoutes: RouteObject[] = [
  { index: true, element: <CaseSummaryRoute /> },
  {
    path: 'reopen',
    element: (
      <Allowed when={isSenior} what="reopen a case" who={SENIOR}>
        <ReopenCasePage />
      </Allowed>
    ),
  },
]
