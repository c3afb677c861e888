import { formatDate, formatDay } from '../../../lib/dates'
import type { RetentionReview, RetentionState } from '../api/types'

/** The lists' tabs, and how a table's caption counts its records. */
export const STATE_WORDS: Record<RetentionState, { tab: string; one: string; many: string }> = {
  DUE: { tab: 'Due', one: 'record due for review', many: 'records due for review' },
  HELD: { tab: 'Held', one: 'record kept longer', many: 'records kept longer' },
  ERASED: { tab: 'Erased', one: 'record erased', many: 'records erased' },
}

/** The referral states a record ends in (only ended records are swept), in the words of the referrals' pages. */
const ENDED_STATES: Partial<Record<RetentionReview['referralState'], string>> = {
  SIGNPOSTED: 'Signposted',
  DECLINED: 'Declined',
  ESCALATED: 'Escalated',
  WITHDRAWN: 'Withdrawn',
  CLOSED: 'Closed',
}

/** A referral's state in words; one that is not an end (a case reopened since) is shown as the API sends it. */
export function referralStateName(state: RetentionReview['referralState']): string {
  return ENDED_STATES[state] ?? state
}

/** The child's name, or "Erased" once the family's personal data has gone. */
export function childOf(review: Pick<RetentionReview, 'childName' | 'state'>): string {
  return review.state === 'ERASED' ? 'Erased' : (review.childName ?? 'Not named')
}

export function dateOfBirthOf(review: Pick<RetentionReview, 'dateOfBirth'>): string {
  return formatDate(review.dateOfBirth) || 'Not known'
}

/** A referral declined or signposted never had a case to close. */
export function caseClosedOn(review: Pick<RetentionReview, 'closedOn'>): string {
  return formatDate(review.closedOn) || 'No case'
}

/** "Case closed on 20 July 2024", or how a referral without a case ended ("Declined"). */
export function howItEnded(review: Pick<RetentionReview, 'referralState' | 'closedOn'>): string {
  if (review.referralState === 'CLOSED' && review.closedOn) return `Case closed on ${formatDate(review.closedOn)}`
  return referralStateName(review.referralState)
}

/** "Helen Moore on 3 March 2027": who erased or held the record, and when. */
export function decidedBy(review: Pick<RetentionReview, 'decidedByName' | 'decidedAt'>): string {
  return `${review.decidedByName ?? 'Not known'} on ${formatDay(review.decidedAt)}`
}
