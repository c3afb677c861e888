// The schools' side: a SENCO (or the partner system for the schools without one in the demo realm) starts and
// submits a referral, now and then withdraws it before the panel, and answers the panel's questions.
import { referrerOf } from './authority.mjs'
import { addDays } from './calendar.mjs'
import { chance, int, pick } from './random.mjs'
import { STEP } from './timeline.mjs'
import { WITHDRAWAL_REASONS } from './words/referral.mjs'

export class Referrals {
  constructor(service, timeline) {
    this.service = service
    this.timeline = timeline
    this.all = []
    /** Every request scheduled, submitted yet or not: whose names the load writes (people.mjs). */
    this.requested = []
  }

  /** The area's referrals waiting for the panel, oldest first. */
  waiting(area) {
    return this.all.filter((referral) => referral.area === area && ['SUBMITTED', 'DEFERRED'].includes(referral.state))
  }

  /**
   * Schedules a referral of `request` on `day`. A pilot referral comes `planned`: its panel decision (`fate`) and
   * the day it is allocated by (`allocateBy`) are drawn already. A few others are withdrawn before the panel meets.
   */
  schedule(school, day, request, planned = {}) {
    const scheduled = this.timeline.at(day, STEP.REFERRAL, async () => {
      const referral = Object.assign(await this.submit(school, request), planned)
      if (!planned.fate && chance(0.03)) this.scheduleWithdrawal(referral, addDays(day, int(1, 6)))
    })
    if (scheduled) this.requested.push(request)
  }

  async submit(school, request) {
    const referrer = this.service.as(referrerOf(school.urn))
    const created = await referrer.post('/api/v1/referrals', request)
    const submitted = await referrer.post(`/api/v1/referrals/${created.id}/submit`)
    const referral = {
      id: submitted.id,
      reference: submitted.reference,
      urn: school.urn,
      area: school.area,
      request,
      state: submitted.state,
      askedForInfo: false,
      deferred: false,
    }
    this.all.push(referral)
    return referral
  }

  scheduleWithdrawal(referral, day) {
    this.timeline.at(day, STEP.WITHDRAWAL, async () => {
      if (referral.state !== 'SUBMITTED') return
      const withdrawn = await this.service.as(referrerOf(referral.urn))
        .post(`/api/v1/referrals/${referral.id}/withdraw`, { reason: pick(WITHDRAWAL_REASONS) })
      referral.state = withdrawn.state
    })
  }

  /** The school sends what the panel asked for a few days later, and submits the referral again. */
  scheduleAnswer(referral, day) {
    this.timeline.at(day, STEP.RESUBMISSION, async () => {
      const referrer = this.service.as(referrerOf(referral.urn))
      const { version } = await referrer.get(`/api/v1/referrals/${referral.id}`)
      const request = referral.request
      request.knownTo = {
        earlyHelp: request.knownTo.earlyHelp === 'UNKNOWN' ? 'NO' : request.knownTo.earlyHelp,
        socialCare: request.knownTo.socialCare === 'UNKNOWN' ? 'NO' : request.knownTo.socialCare,
      }
      request.schoolActions += ' Latest attendance and the parent\'s views added as the panel asked.'
      await referrer.put(`/api/v1/referrals/${referral.id}`, { ...request, version })
      referral.state = (await referrer.post(`/api/v1/referrals/${referral.id}/submit`)).state
    })
  }
}
