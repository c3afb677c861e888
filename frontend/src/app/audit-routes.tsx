import type { RouteObject } from 'react-router'
import { AuditCyclePage } from '../features/audits/components/audit-cycle-page'
import { AuditCyclesPage } from '../features/audits/components/audit-cycles-page'
import { GradeCaseAuditPage } from '../features/audits/components/grade-case-audit-page'
import type { Me } from '../features/me/api/get-me'
import { Allowed, SENIOR } from './allocation-routes'

const isSenior = (me: Me) => me.roles.includes('senior')

/** Seniors audit a sample of cases each cycle and grade them; the practitioner reads the grades on the case. */
export const auditRoutes: RouteObject[] = [
  {
    path: 'audits',
    element: (
      <Allowed when={isSenior} what="audit cases" who={SENIOR}>
        <AuditCyclesPage />
      </Allowed>
    ),
  },
  {
    path: 'audits/:cycleId',
    element: (
      <Allowed when={isSenior} what="audit cases" who={SENIOR}>
        <AuditCyclePage />
      </Allowed>
    ),
  },
  {
    path: 'audits/:cycleId/cases/:auditId',
    element: (
      <Allowed when={isSenior} what="audit cases" who={SENIOR}>
        <GradeCaseAuditPage />
      </Allowed>
    ),
  },
]
