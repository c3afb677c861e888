import { Tag, type TagColour } from '../../../lib/govuk/tag'
import type { ReferralState } from '../api/types'

/** Each state in words and in the GOV.UK tag colour for its kind: to do, in progress, good end, bad end. */
const STATES: Record<ReferralState, { name: string; colour: TagColour }> = {
  DRAFT: { name: 'Draft', colour: 'grey' },
  SUBMITTED: { name: 'Submitted', colour: 'blue' },
  INFO_REQUESTED: { name: 'Information requested', colour: 'orange' },
  DEFERRED: { name: 'Deferred', colour: 'yellow' },
  ACCEPTED: { name: 'Accepted', colour: 'green' },
  ALLOCATED: { name: 'Allocated', colour: 'green' },
  ACTIVE: { name: 'Active', colour: 'green' },
  SIGNPOSTED: { name: 'Signposted', colour: 'turquoise' },
  ESCALATED: { name: 'Escalated', colour: 'purple' },
  DECLINED: { name: 'Declined', colour: 'red' },
  WITHDRAWN: { name: 'Withdrawn', colour: 'grey' },
  CLOSED: { name: 'Closed', colour: 'grey' },
}

export function stateName(state: ReferralState): string {
  return STATES[state].name
}

export const STATE_NAMES = Object.entries(STATES).map(([state, { name }]) => ({ state: state as ReferralState, name }))

export function StateTag({ state }: { state: ReferralState }) {
  return <Tag colour={STATES[state].colour}>{STATES[state].name}</Tag>
}

export function SafeguardingTag() {
  return <Tag colour="red">Safeguarding: needs attention</Tag>
}
