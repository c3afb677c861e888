import type { components } from './api/schema'

type Outcome = components['schemas']['DecisionOutcome']
type DeclineReason = components['schemas']['DeclineReason']

/**
 * The panel's decisions and reasons for declining in plain words, as the panel and the referring school
 * read them (the triage pages and a referral's page both show them).
 */
const OUTCOMES: Record<Outcome, string> = {
  ACCEPT: 'Accepted for intensive family support',
  SIGNPOST: 'Signposted to other services',
  DECLINE: 'Declined',
  REQUEST_INFO: 'More information requested from the school',
  ESCALATE: 'Escalated to the safeguarding route',
  DEFER: 'Deferred to a later panel',
}

export const DECLINE_REASONS: Record<DeclineReason, string> = {
  NOT_ELIGIBLE_AGE: 'The child is outside the service’s age range',
  KNOWN_TO_SOCIAL_CARE: 'The family is already known to Children’s Social Care',
  KNOWN_TO_EARLY_HELP: 'The family is already known to Early Help',
  NEEDS_NOT_SEMH: 'The child’s needs are not mainly social, emotional and mental health needs',
  NEEDS_MET_BY_SCHOOL: 'The school can meet the child’s needs with the support it has',
  OTHER: 'Another reason (given in the rationale)',
}

/** A decision's outcome in words; a code this version does not know is shown as it is. */
export function outcomeName(outcome: string): string {
  return OUTCOMES[outcome as Outcome] ?? outcome
}

export function declineReasonName(reason: string): string {
  return DECLINE_REASONS[reason as DeclineReason] ?? reason
}
