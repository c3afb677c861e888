import { DECLINE_REASONS } from '../../../lib/decision-names'
import type { ChoiceItem } from '../../../lib/govuk/radios'
import type { DecisionOutcome } from '../api/types'

/** The panel's choices as the chair reads them out: what the decision is, and what it means for the family. */
export const OUTCOME_CHOICES: Record<DecisionOutcome, { label: string; hint: string }> = {
  ACCEPT: { label: 'Accept', hint: 'The family gets intensive support from a family practitioner.' },
  SIGNPOST: { label: 'Signpost', hint: 'An alternative support plan with other services, and someone to follow up.' },
  DECLINE: { label: 'Decline', hint: 'The service will not support the family.' },
  REQUEST_INFO: {
    label: 'Ask the school for more information',
    hint: 'The referral comes back when the school resubmits it.',
  },
  ESCALATE: { label: 'Escalate to the safeguarding route', hint: 'The concern goes to Children’s Social Care.' },
  DEFER: { label: 'Defer', hint: 'The referral stays on the agenda for a later meeting.' },
}

export const DECLINE_REASON_ITEMS: ChoiceItem[] = Object.entries(DECLINE_REASONS).map(([value, label]) => ({
  value,
  label,
}))
