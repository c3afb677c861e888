import { formatDate, todayInLondon } from '../../../lib/dates'
import { Tag } from '../../../lib/govuk/tag'
import type { AuditCycle, AuditGrade, CaseAudit } from '../api/types'
import { gradeName, GRADES } from '../forms/grading-form'

/** A grade as a tag; one this version does not know is shown as the API sends it. */
export function GradeTag({ grade }: { grade: string }) {
  return <Tag colour={GRADES[grade as AuditGrade]?.colour ?? 'grey'}>{gradeName(grade)}</Tag>
}

/** A grade, or "Not graded" while no senior has graded the case. */
export function GradeOrNot({ grade }: { grade: string | undefined }) {
  return grade ? <GradeTag grade={grade} /> : <>Not graded</>
}

/** "Audit cycle started 8 December 2026". */
export function cycleTitle(cycle: Pick<AuditCycle, 'startedOn'>): string {
  return `Audit cycle started ${formatDate(cycle.startedOn)}`
}

/** "1 of 2": how many of a cycle's sampled cases are graded (fewer are sampled when fewer cases were open). */
export function gradedOf(cycle: Pick<AuditCycle, 'graded' | 'audits'>): string {
  return `${cycle.graded} of ${cycle.audits.length}`
}

/** "Next audit cycle due 19 January 2027" (six weeks after the latest), and a red "Overdue" once it has passed. */
export function NextCycleDue({ due }: { due: string }) {
  return (
    <p className="govuk-body app-tags">
      <span>Next audit cycle due {formatDate(due)}</span>
      {due < todayInLondon() && <Tag colour="red">Overdue</Tag>}
    </p>
  )
}

export function childName(audit: Pick<CaseAudit, 'childName'>): string {
  return audit.childName ?? 'Child not named'
}
