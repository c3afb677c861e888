import { formatDate, todayInLondon } from '../../../lib/dates'
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

/** Still waiting for the first contact after the day it was due, as the API says. */
export function isFirstContactOverdue(found: Pick<Case, 'firstContactStatus'>): boolean {
  return found.firstContactStatus === 'OVERDUE'
}

export function OverdueTag() {
  return <Tag colour="red">Overdue</Tag>
}

function workingDays(count: number): string {
  return count === 1 ? '1 working day' : `${count} working days`
}

/**
 * The first contact with the family in words: when it is due (and a red "Overdue" once that day has passed),
 * or when it was made and whether that was within the 5 working days.
 */
export function FirstContact({ found }: { found: Case }) {
  const made = found.firstContactOn
  if (made && (found.firstContactStatus === 'MET' || found.firstContactStatus === 'MISSED')) {
    const days = found.firstContactWorkingDays
    const timeliness = found.firstContactStatus === 'MET' ? 'within 5 working days' : 'late'
    const count = days === undefined ? '' : ` (${workingDays(days)})`
    return <>{`Made on ${formatDate(made)} – ${timeliness}${count}`}</>
  }
  return (
    <span className="app-tags">
      <span>Due by {formatDayOfWeek(found.firstContactDue)}</span>
      {isFirstContactOverdue(found) && <OverdueTag />}
    </span>
  )
}

/** When the next Team Around the Family review is due, and a red "Overdue" once that day has passed. */
export function NextReviewDue({ due }: { due: string }) {
  return (
    <span className="app-tags">
      <span>Due by {formatDayOfWeek(due)}</span>
      {due < todayInLondon() && <OverdueTag />}
    </span>
  )
}
