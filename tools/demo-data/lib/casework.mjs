// A case's life through the API, as its practitioner works it: the first contact (mostly within five working
// days), visits, the holistic assessment, a SMART plan, Team Around the Family reviews about every six weeks, and
// the closure with its outcomes and feedback. Cases allocated in the last months are still open at the end.
import { addDays, addWorkingDays, workingDayBefore } from './calendar.mjs'
import { ENDING_REVIEW, ENDINGS, Endings } from './closure.mjs'
import { chance, int, pick, pickSome, weighted } from './random.mjs'
import { STEP } from './timeline.mjs'
import {
  ASSESSMENT, CONTACT_NOTES, CONTRIBUTIONS, EXTENSION_NOTES, FIRST_DRAFT, INTERVENTIONS, PLAN_ACTIONS,
  REVIEW_ATTENDEES, REVIEW_NOTES, WHO_SEEN,
} from './words/casework.mjs'

/** How many reviews a case has before it ends, by how it ends; four means an extension at the third. */
const REVIEWS = {
  OUTCOMES_ACHIEVED: { 2: 30, 3: 55, 4: 15 }, STEPPED_DOWN: { 2: 60, 3: 40 }, STEPPED_UP: { 1: 50, 2: 50 },
  DISENGAGED: { 0: 50, 1: 50 }, MOVED_AWAY: { 1: 1 },
}
const SCALES = ['WELLBEING', 'SCHOOL_ENGAGEMENT', 'FAMILY_RELATIONSHIPS']
const REVIEW_WEEKS = 6

export class Casework {
  constructor({ service, timeline, authority, allocation }) {
    Object.assign(this, { service, timeline, authority, allocation })
    this.endings = new Endings()
    this.cases = []
  }

  open() {
    return this.cases.filter((c) => c.state !== 'CLOSED')
  }

  /** A case just allocated: its course is drawn now, each step scheduled when the one before it is done. */
  started(allocated) {
    const ending = weighted(ENDINGS)
    const reviews = Number(weighted(REVIEWS[ending]))
    const c = {
      ...allocated, ending, reviews, extendAt: reviews === 4 ? 3 : null, state: 'ALLOCATED', contacts: 0,
      as: this.service.as(allocated.username), scores: Object.fromEntries(SCALES.map((scale) => [scale, int(2, 5)])),
    }
    this.cases.push(c)
    const day = chance(0.87) ? addWorkingDays(c.allocatedOn, int(1, 5)) : addWorkingDays(c.firstContactDue, int(1, 6))
    this.at(c, day, STEP.CONTACT, () => this.firstContact(c, day))
  }

  /** Schedules a step of an open case; a case closed by then skips it. */
  at(c, day, step, run) {
    this.timeline.at(day, step, () => (c.state === 'CLOSED' ? undefined : run()))
  }

  async firstContact(c, day) {
    const type = weighted({ CALL: 45, HOME_VISIT: 45, SCHOOL_VISIT: 10 })
    await this.contact(c, day, type)
    c.state = 'ACTIVE'
    if (type === 'CALL') {
      const visit = addWorkingDays(day, int(2, 5))
      this.at(c, visit, STEP.CONTACT, () => this.contact(c, visit, 'HOME_VISIT'))
    }
    this.scheduleContacts(c, addWorkingDays(day, int(6, 10)))
    const draft = addWorkingDays(day, int(4, 8))
    this.at(c, draft, STEP.ASSESSMENT, () => this.draftAssessment(c, draft))
    if (c.reviews > 0) this.scheduleReview(c, addDays(day, REVIEW_WEEKS * 7), 1)
    else this.scheduleClosure(c, addWorkingDays(day, int(15, 30)))
  }

  async contact(c, day, type) {
    c.contacts++
    await c.as.post(`/api/v1/cases/${c.id}/contacts`, {
      date: day, type, durationMinutes: type === 'CALL' ? int(10, 30) : int(45, 120), whoSeen: WHO_SEEN[type],
      childSeen: type !== 'CALL' && type !== 'MEETING', note: pick(CONTACT_NOTES[type]),
    })
  }

  /** Visits and calls every week or two; a family that disengages stops answering after a few. */
  scheduleContacts(c, day) {
    if (c.ending === 'DISENGAGED' && c.contacts >= 3) return
    this.at(c, day, STEP.CONTACT, async () => {
      await this.contact(c, day, weighted({ HOME_VISIT: 45, SCHOOL_VISIT: 30, CALL: 20, MEETING: 5 }))
      this.scheduleContacts(c, addWorkingDays(day, int(5, 10)))
    })
  }

  async draftAssessment(c, day) {
    const sections = Object.fromEntries(FIRST_DRAFT.map((section) => [section, ASSESSMENT[section]]))
    const draft = await c.as.put(`/api/v1/cases/${c.id}/assessment`, { sections })
    if (c.ending === 'DISENGAGED') return
    const complete = addWorkingDays(day, int(5, 10))
    this.at(c, complete, STEP.ASSESSMENT, () => this.completeAssessment(c, complete, draft.version))
  }

  async completeAssessment(c, day, version) {
    const written = await c.as.put(`/api/v1/cases/${c.id}/assessment`, { sections: ASSESSMENT, version })
    await c.as.post(`/api/v1/cases/${c.id}/assessment/complete`, { version: written.version })
    const planned = addWorkingDays(day, int(0, 3))
    this.at(c, planned, STEP.PLAN, () => this.plan(c, planned))
  }

  /** A SMART plan: three to five actions with an owner and a date, and the interventions it uses. */
  async plan(c, day) {
    const actions = pickSome(PLAN_ACTIONS, 3, 5).map((action) =>
      ({ ...action, byWhen: addDays(day, 7 * int(3, 10)), status: 'NOT_STARTED' }))
    const plan = await c.as.put(`/api/v1/cases/${c.id}/plan`, { actions, interventions: pickSome(INTERVENTIONS, 2, 4) })
    c.actions = plan.actions.map((action) => action.id)
    if (chance(0.12)) await this.invitePartner(c, day)
  }

  /** CAMHS (partner1) is invited for eight weeks and adds what it found. */
  async invitePartner(c, day) {
    await c.as.post(`/api/v1/cases/${c.id}/invitations`, {
      partnerId: this.authority.partner.id, from: day, until: addDays(day, 56),
      note: 'Advice on anxiety and sleep for the parent.',
    })
    const added = addWorkingDays(day, int(5, 15))
    this.at(c, added, STEP.CONTRIBUTION, () =>
      this.service.as('partner1').post(`/api/v1/cases/${c.id}/contributions`, { text: pick(CONTRIBUTIONS) }))
  }

  /** Most reviews are held in the week before they are due, some late. */
  scheduleReview(c, due, number) {
    const day = chance(0.88) ? workingDayBefore(addDays(due, -int(0, 6))) : addWorkingDays(due, int(1, 8))
    this.at(c, day, STEP.REVIEW, () => this.review(c, day, number))
  }

  async review(c, day, number) {
    const last = number === c.reviews
    const decision = last ? ENDING_REVIEW[c.ending] ?? 'CONTINUE' : number === c.extendAt ? 'EXTEND' : 'CONTINUE'
    SCALES.forEach((scale) => { c.scores[scale] = Math.min(10, c.scores[scale] + int(0, 2)) })
    const review = await c.as.post(`/api/v1/cases/${c.id}/reviews`, {
      heldOn: day,
      attendees: ['Parent', 'Family practitioner', ...pickSome(REVIEW_ATTENDEES.slice(1), 1, 3)],
      progress: (c.actions ?? []).map((actionId) => ({ actionId, status: progress(number / c.reviews) })),
      scores: { ...c.scores },
      decision,
      notes: pick(REVIEW_NOTES[decision]),
    })
    if (review.extensionStatus === 'AWAITING_SENIOR') {
      const agreed = addWorkingDays(day, int(1, 3))
      this.at(c, agreed, STEP.EXTENSION, () => this.service.as('senior1')
        .post(`/api/v1/reviews/${review.id}/extension`, { agreed: true, note: pick(EXTENSION_NOTES) }))
    }
    if (!last) this.scheduleReview(c, review.nextDue, number + 1)
    else this.scheduleClosure(c, addWorkingDays(day, ENDING_REVIEW[c.ending] ? int(0, 4) : int(5, 20)))
  }

  scheduleClosure(c, day) {
    this.at(c, day, STEP.CLOSURE, async () => {
      await c.as.post(`/api/v1/cases/${c.id}/close`, { ...this.endings.request(c.ending, c.referral.request), closedOn: day })
      c.state = 'CLOSED'
      this.allocation.closed(c.username)
    })
  }
}

/** An action's status at a review `share` of the way through the support. */
function progress(share) {
  if (chance(0.03)) return 'DROPPED'
  return chance(share * 0.9) ? 'DONE' : 'IN_PROGRESS'
}
