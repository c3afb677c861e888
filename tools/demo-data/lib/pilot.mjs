// Pontefract's pilot, 1 November 2024 to 31 December 2025, drawn to reproduce Wakefield's early-adopter figures:
// 73 children discussed from six schools, 38 accepted and allocated, 35 given an alternative support plan
// (signposted), and 98 brothers and sisters: 171 children including siblings.
import { addDays, daysFrom, isSchoolDay } from './calendar.mjs'
import { bySen } from './demand.mjs'
import { referralFor, SIBLINGS } from './families.mjs'
import { faker, int, shuffle, weighted } from './random.mjs'

export const PILOT = {
  area: 'Pontefract',
  from: '2024-11-01',
  to: '2025-12-31',
  /** The last panel of the period: every pilot referral is submitted before it, so all are decided in the period. */
  lastPanel: '2025-12-12',
  discussed: 73,
  accepted: 38,
  signposted: 35,
  siblings: 98,
  schools: 6,
}

/**
 * A referral in the last days of the summer term waits for September's panel, when a Year 6 child has left:
 * no pilot school refers then.
 */
const SUMMER_END = ['2025-07-12', '2025-09-02']

/** The schools "measuring the demand" referred a backlog in the first two months. */
const FIRST_MONTHS = { until: '2024-12-31', weight: 3 }
const MOST_SIBLINGS = 5

export function schedulePilot({ referrals, authority }) {
  const schools = pilotSchools(authority.schools)
  const days = referralDays()
  const fates = shuffle([...Array(PILOT.accepted).fill('ACCEPT'), ...Array(PILOT.signposted).fill('SIGNPOST')])
  const siblings = siblingCounts()
  const from = shuffle([...schools, ...Array.from({ length: PILOT.discussed - schools.length }, () => bySen(schools))])
  days.forEach((day, i) => {
    const request = referralFor(from[i], day, { pilot: true, siblings: siblings[i] })
    referrals.schedule(from[i], day, request, { fate: fates[i], allocateBy: PILOT.to })
  })
  return schools
}

/**
 * Northgate Primary (senco1's school) and the five other Pontefract schools with the highest share of pupils on SEN
 * support: the pilot chose the schools supporting the most children with SEMH needs.
 */
function pilotSchools(all) {
  const pontefract = all.filter((school) => school.area === PILOT.area)
  const northgate = pontefract.find((school) => school.urn === '100001')
  const others = pontefract.filter((school) => school !== northgate)
    .sort((a, b) => b.vulnerability.senPercent - a.vulnerability.senPercent)
  return [northgate, ...others.slice(0, PILOT.schools - 1)]
}

/** The pilot's 73 submission days, in order. */
function referralDays() {
  const open = [...daysFrom(PILOT.from, addDays(PILOT.lastPanel, -1))]
    .filter((day) => isSchoolDay(day) && (day < SUMMER_END[0] || day > SUMMER_END[1]))
  const weights = open.map((day) => ({ value: day, weight: day <= FIRST_MONTHS.until ? FIRST_MONTHS.weight : 1 }))
  return Array.from({ length: PILOT.discussed }, () => faker.helpers.weightedArrayElement(weights)).sort()
}

/** Brothers and sisters per family, drawn as for any family, then evened out to the pilot's 98 in all. */
function siblingCounts() {
  const counts = Array.from({ length: PILOT.discussed }, () => Number(weighted(SIBLINGS)))
  let total = counts.reduce((sum, count) => sum + count, 0)
  while (total !== PILOT.siblings) {
    const i = int(0, counts.length - 1)
    const step = total < PILOT.siblings ? 1 : -1
    if (counts[i] + step < 0 || counts[i] + step > MOST_SIBLINGS) continue
    counts[i] += step
    total += step
  }
  return counts
}
