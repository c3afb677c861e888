import { formatDate } from '../../../lib/dates'
import { Tag, type TagColour } from '../../../lib/govuk/tag'
import type { Case } from '../api/types'

/** A case's state in words and the GOV.UK tag colour for its kind: waiting to start, under way, ended. */
const STATES: Record<string, { name: string; colour: TagColour }> = {
  ALLOCATED: { name: 'Allocated', colour: 'blue' },
  ACTIVE: { name: 'Active', colour: 'green' },
  CLOSED: { name: 'Closed', colour: 'grey' },
}

/** A state this version does not know is shown as it is. */
export function CaseStateTag({ state }: { state: Case['state'] }) {
  const known = STATES[state]
  return <Tag colour={known?.colour ?? 'grey'}>{known?.name ?? state}</Tag>
}

export function caseChildName(found: Pick<Case, 'childName'>): string {
  return found.childName ?? 'Child not named'
}

const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' })

/** Tuesday 1 December 2026, for a YYYY-MM-DD date. */
export function formatDayOfWeek(iso: string): string {
  return `${WEEKDAY.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`))} ${formatDate(iso)}`
}

const LONDON_ISO_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' })

/** Still waiting for the first contact after the day it was due (today in UK time). */
export function isFirstContactOverdue(found: Pick<Case, 'state' | 'firstContactDue'>, now = new Date()): boolean {
  return found.state === 'ALLOCATED' && found.firstContactDue < LONDON_ISO_DATE.format(now)
}

export function OverdueTag() {
  return <Tag colour="red">Overdue</Tag>
}
