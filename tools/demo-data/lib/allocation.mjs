// senior1 allocates each accepted referral one to three weeks after the panel, to the area's practitioner with
// room; when nobody has room the family waits on the list and senior1 looks again a week later.
import { STAFF } from './authority.mjs'
import { addDays, workingDayBefore, workingDayFrom } from './calendar.mjs'
import { int } from './random.mjs'
import { STEP } from './timeline.mjs'

/**
 * The caseload the team works to, below the service's capacity (18): other test suites allocate to practitioner1
 * and practitioner2 after the demo is loaded, and must find room.
 */
export const WORKING_CASELOAD = 12

/** A senior holds a smaller caseload: senior1 counts as this many cases busier than she is. */
const SENIOR_LOAD = 3

export class Allocation {
  constructor({ service, timeline, authority, onAllocated }) {
    Object.assign(this, { timeline, authority, onAllocated })
    this.senior = service.as('senior1')
    this.open = Object.fromEntries(Object.keys(authority.practitioners).map((username) => [username, 0]))
    this.waiting = new Set()
    this.allocated = 0
  }

  /** A referral the panel accepted on `day`; one with `allocateBy` is allocated by then, room or not. */
  accepted(referral, day) {
    let on = workingDayFrom(addDays(day, int(7, 21)))
    if (referral.allocateBy && on > referral.allocateBy) on = workingDayBefore(referral.allocateBy)
    this.waiting.add(referral)
    this.attempt(referral, on)
  }

  attempt(referral, day) {
    this.timeline.at(day, STEP.ALLOCATION, () => this.allocate(referral, day))
  }

  async allocate(referral, day) {
    const username = this.practitionerFor(referral)
    if (!username) {
      this.attempt(referral, workingDayFrom(addDays(day, 7)))
      return
    }
    const created = await this.senior.post('/api/v1/allocations',
      { referralId: referral.id, practitionerId: this.authority.practitioners[username].id })
    this.open[username]++
    this.allocated++
    this.waiting.delete(referral)
    referral.state = 'ALLOCATED'
    this.onAllocated({ ...created, username, referral })
  }

  closed(username) {
    this.open[username]--
  }

  /** The area's practitioner with the fewest cases among those with room. */
  practitionerFor(referral) {
    const staff = STAFF[referral.area]
    const withRoom = staff.filter((username) => this.open[username] < WORKING_CASELOAD)
    const load = (username) => this.open[username] + (username === 'senior1' ? SENIOR_LOAD : 0)
    const candidates = withRoom.length > 0 || !referral.allocateBy ? withRoom : [...staff]
    return candidates.sort((a, b) => load(a) - load(b))[0]
  }
}
