// senior1's work beside the cases: the 6-weekly case audit cycle from early 2025 (mostly good and outstanding,
// as Wakefield's audits were) and a parents' group in each area every half term.
import { addDays, addWorkingDays, HALF_TERMS, workingDayFrom } from './calendar.mjs'
import { chance, int, pick, pickSome, weighted } from './random.mjs'
import { STEP } from './timeline.mjs'
import { AUDIT_ACTIONS, AUDIT_FINDINGS, GROUP_TOPICS } from './words/casework.mjs'

const FIRST_AUDIT = '2025-01-13'
const AUDIT_WEEKS = 6
const GRADES = { OUTSTANDING: 45, GOOD: 45, REQUIRES_IMPROVEMENT: 9, INADEQUATE: 1 }
const GROUP_SESSIONS = 4
const GROUP_SIZE = 8

export class Quality {
  constructor({ service, timeline, authority, casework }) {
    Object.assign(this, { timeline, authority, casework })
    this.senior = service.as('senior1')
    this.cycles = 0
    this.groups = 0
  }

  scheduleAudits() {
    for (let day = FIRST_AUDIT; day <= this.timeline.end; day = addDays(day, AUDIT_WEEKS * 7)) {
      const start = workingDayFrom(day)
      this.timeline.at(start, STEP.AUDIT, () => this.audit(start))
    }
  }

  /** Starts a cycle (the service samples the open cases) and grades each sampled case within a week. */
  async audit(day) {
    if (this.casework.open().length === 0) return
    const cycle = await this.senior.post('/api/v1/audit-cycles', {})
    this.cycles++
    for (const audit of cycle.audits) {
      const grade = weighted(GRADES)
      const graded = addWorkingDays(day, int(1, 5))
      this.timeline.at(graded, STEP.AUDIT, () => this.senior.put(`/api/v1/case-audits/${audit.id}`, {
        grade, findings: pick(AUDIT_FINDINGS[grade]), actions: AUDIT_ACTIONS[grade],
        version: audit.version,
      }))
    }
  }

  /** Each area's parents' group: set up in the half term's second week, meeting weekly four times. */
  scheduleGroups() {
    for (const term of HALF_TERMS) {
      for (const area of Object.values(this.authority.areas)) {
        const day = workingDayFrom(addDays(term.first, 7))
        this.timeline.at(day, STEP.GROUP, () => this.group(area, term, day))
      }
    }
  }

  async group(area, term, day) {
    const members = this.casework.open().filter((c) => c.state === 'ACTIVE' && c.referral.area === area.name)
    if (members.length < 2) return
    const group = await this.senior.post('/api/v1/groups', {
      name: `${area.name} parents' group`, kind: 'PARENT', areaId: area.id, schoolYear: term.schoolYear,
      halfTerm: term.halfTerm,
    })
    this.groups++
    const joined = pickSome(members, 2, GROUP_SIZE)
    for (const c of joined) await this.senior.post(`/api/v1/groups/${group.id}/members`, { caseId: c.id })
    for (let session = 1; session <= GROUP_SESSIONS; session++) {
      const heldOn = workingDayFrom(addDays(day, 7 * session))
      if (heldOn > term.last) break
      this.timeline.at(heldOn, STEP.GROUP, () => this.senior.post(`/api/v1/groups/${group.id}/sessions`, {
        heldOn, topic: GROUP_TOPICS[session - 1],
        attended: joined.filter(() => chance(0.75)).map((c) => c.id),
      }))
    }
  }
}
