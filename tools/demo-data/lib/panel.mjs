// Each area's fortnightly Team Around the School panel, chaired by senior1: it decides every referral waiting.
import { addDays, ageOn, isSchoolDay } from './calendar.mjs'
import { chance, int, pick, pickSome, weighted } from './random.mjs'
import { STEP } from './timeline.mjs'
import { FOLLOW_UP_BY, INFO_REQUESTS, PANEL_ATTENDEES, RATIONALES } from './words/referral.mjs'

/** The service's age rule as the demo realm is configured: 5 to 11 on the day of the panel. */
const AGES = [5, 11]

const STATE_AFTER = {
  ACCEPT: 'ACCEPTED', SIGNPOST: 'SIGNPOSTED', DECLINE: 'DECLINED', ESCALATE: 'ESCALATED',
  REQUEST_INFO: 'INFO_REQUESTED', DEFER: 'DEFERRED',
}

export class Panel {
  constructor({ service, timeline, authority, referrals, onAccepted }) {
    Object.assign(this, { service, timeline, authority, referrals, onAccepted })
    this.senior = service.as('senior1')
    this.meetings = 0
  }

  /** The area's panel days by its cadence, those out of term left out; a panel with nothing waiting does not sit. */
  scheduleMeetings(area) {
    const { startsOn, everyWeeks } = this.authority.areas[area].cadence
    for (let day = startsOn; day <= this.timeline.end; day = addDays(day, everyWeeks * 7)) {
      if (isSchoolDay(day)) this.timeline.at(day, STEP.MEETING, () => this.meet(area, day))
    }
  }

  async meet(area, day) {
    const waiting = this.referrals.waiting(area)
    if (waiting.length === 0) return
    const meeting = await this.senior.post('/api/v1/triage/meetings',
      { date: day, area, attendees: this.attendees(waiting) })
    this.meetings++
    for (const referral of waiting) await this.decide(meeting.id, referral, day)
  }

  async decide(meetingId, referral, day) {
    const { outcome, ...details } = referral.fate ? { outcome: referral.fate } : this.decisionFor(referral, day)
    const failing = failedRule(referral.request, day)
    await this.senior.post(`/api/v1/triage/meetings/${meetingId}/decisions`, {
      referralId: referral.id,
      outcome,
      rationale: pick(RATIONALES[outcome]),
      ...details,
      ...(outcome === 'SIGNPOST' ? this.signposting() : {}),
      ...(outcome === 'ACCEPT' && failing
        ? { eligibilityOverrideReason: 'The panel agreed the family\'s needs come first: accepted by exception.' } : {}),
    })
    referral.state = STATE_AFTER[outcome]
    referral.decidedOn ??= day
    if (outcome === 'ACCEPT') this.onAccepted(referral, day)
    if (outcome === 'DEFER') referral.deferred = true
    if (outcome === 'REQUEST_INFO') {
      referral.askedForInfo = true
      this.referrals.scheduleAnswer(referral, addDays(day, int(3, 10)))
    }
  }

  /** What the panel decides: the rules first, then the panel's judgement in believable proportions. */
  decisionFor(referral, day) {
    const { request } = referral
    if (request.safeguardingConcern) return { outcome: 'ESCALATE' }
    const failing = failedRule(request, day)
    if (failing === 'KNOWN_TO_SOCIAL_CARE' && chance(0.3)) return { outcome: 'ESCALATE' }
    if (failing === 'KNOWN_TO_EARLY_HELP' || failing === 'NEEDS_NOT_SEMH') {
      return chance(0.35) ? { outcome: 'SIGNPOST' } : { outcome: 'DECLINE', declineReason: failing }
    }
    if (failing) return { outcome: 'DECLINE', declineReason: failing }
    const unknown = Object.values(request.knownTo).includes('UNKNOWN')
    if (unknown && !referral.askedForInfo) return { outcome: 'REQUEST_INFO', infoRequested: INFO_REQUESTS[1] }
    const outcome = weighted({
      ACCEPT: 47, SIGNPOST: 37, DECLINE: 6, ...(referral.askedForInfo ? {} : { REQUEST_INFO: 5 }),
      ...(referral.deferred ? {} : { DEFER: 5 }),
    })
    if (outcome === 'DECLINE') return { outcome, declineReason: 'NEEDS_MET_BY_SCHOOL' }
    if (outcome === 'REQUEST_INFO') return { outcome, infoRequested: pick([INFO_REQUESTS[0], INFO_REQUESTS[2]]) }
    return { outcome }
  }

  /** An alternative support plan: one or two services of the directory, and who follows the family up. */
  signposting() {
    return { services: pickSome(this.authority.services, 1, 2).map((s) => s.id), followUpBy: pick(FOLLOW_UP_BY) }
  }

  /** The SENCOs of the schools on the agenda, two or three partner agencies, and sometimes CAMHS (partner1). */
  attendees(waiting) {
    const schools = [...new Set(waiting.map((referral) => referral.urn))].slice(0, 4)
    const sencos = schools.map((urn) => ({
      name: `SENCO, ${this.authority.schools.find((school) => school.urn === urn).name}`, agency: 'School',
    }))
    const camhs = chance(0.5) ? [{ name: this.authority.partner.name, userId: this.authority.partner.id }] : []
    return [...sencos, ...pickSome(PANEL_ATTENDEES, 2, 3), ...camhs]
  }
}

/** The decline reason of the first eligibility rule the referral fails on `day`, if any. */
function failedRule(request, day) {
  const age = ageOn(request.child.dateOfBirth, day)
  if (age < AGES[0] || age > AGES[1]) return 'NOT_ELIGIBLE_AGE'
  if (request.child.primaryNeed !== 'SEMH') return 'NEEDS_NOT_SEMH'
  if (request.knownTo.socialCare === 'YES') return 'KNOWN_TO_SOCIAL_CARE'
  if (request.knownTo.earlyHelp === 'YES') return 'KNOWN_TO_EARLY_HELP'
  return null
}
