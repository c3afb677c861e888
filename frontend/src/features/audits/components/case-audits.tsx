import { formatDateTime } from '../../../lib/dates'
import { SummaryCard } from '../../../lib/govuk/summary-card'
import { SummaryList, type SummaryRow } from '../../../lib/govuk/summary-list'
import { useCaseAudits } from '../api/get-case-audits'
import type { CaseAudit } from '../api/types'
import { cycleTitle, GradeOrNot } from './audit-words'

const lines = (text: string) => <span className="app-preserve-lines">{text}</span>

function rows(audit: CaseAudit, actionsFor: string): SummaryRow[] {
  return [
    { key: 'Grade', value: <GradeOrNot grade={audit.grade} /> },
    { key: 'Findings', value: lines(audit.findings ?? '') },
    ...(audit.actions ? [{ key: `Actions for ${actionsFor}`, value: lines(audit.actions) }] : []),
    { key: 'Audited by', value: `${audit.auditedByName ?? ''} on ${formatDateTime(audit.auditedAt)}` },
  ]
}

/**
 * On a case's summary, once seniors have graded it: each audit's grade, findings and actions for the practitioner
 * (`actionsFor`: "you" when they read it), the latest first. Nothing while they load or cannot be read: the case
 * itself matters more than waiting for them.
 */
export function CaseAudits({ caseId, actionsFor }: { caseId: string; actionsFor: string }) {
  const { data: audits = [] } = useCaseAudits(caseId)
  if (audits.length === 0) return null
  return (
    <>
      <h2 className="govuk-heading-m">Case audits</h2>
      {audits.map((audit) => (
        <SummaryCard key={audit.id} title={cycleTitle({ startedOn: audit.cycleStartedOn })} headingLevel={3}>
          <SummaryList rows={rows(audit, actionsFor)} />
        </SummaryCard>
      ))}
    </>
  )
}
