// Two school years of events, played in order: the service's clock is moved to each day before its events run.

/** The order of a day's events: a referral is submitted before the panel meets, a case allocated before it is worked. */
export const STEP = Object.freeze({
  SETUP: 0, REFERRAL: 1, RESUBMISSION: 2, WITHDRAWAL: 3, MEETING: 4, ALLOCATION: 5, CONTACT: 6, ASSESSMENT: 7,
  PLAN: 8, INVITATION: 9, CONTRIBUTION: 10, REVIEW: 11, EXTENSION: 12, CLOSURE: 13, AUDIT: 14, GROUP: 15,
})

/** When the day's events happen, UTC (9 or 10 in the morning in London). */
const MORNING = 'T09:00:00Z'

export class Timeline {
  /** Events after `end` are not written: their day has not come. */
  constructor(end) {
    this.end = end
    this.pending = [] // latest first, so the next event is at the end
    this.count = 0
    this.today = null
    this.days = 0
  }

  /** Schedules `run` on `day`, unless the day is after the end; answers whether it did. */
  at(day, step, run) {
    if (day > this.end) return false
    if (this.today && day < this.today) throw new Error(`an event on ${day} was scheduled on ${this.today}`)
    const event = { day, step, order: this.count++, run }
    this.pending.splice(this.indexFor(event), 0, event)
    return true
  }

  /** Plays every event in order, the clock moved once for each day that has any. */
  async play(service) {
    while (this.pending.length > 0) {
      const event = this.pending.pop()
      if (event.day !== this.today) {
        await service.moveClock(`${event.day}${MORNING}`)
        this.today = event.day
        this.days++
      }
      await event.run()
    }
  }

  indexFor(event) {
    let low = 0
    let high = this.pending.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (later(this.pending[middle], event)) low = middle + 1
      else high = middle
    }
    return low
  }
}

function later(a, b) {
  if (a.day !== b.day) return a.day > b.day
  if (a.step !== b.step) return a.step > b.step
  return a.order > b.order
}
