// When schools refer: a steady flow in term time, busiest in the autumn, quiet in July, none in August; the schools
// with more pupils on SEN support refer more.
import { daysFrom, isSchoolDay, isWorkingDay } from './calendar.mjs'
import { referralFor } from './families.mjs'
import { chance, clamp, faker, normal, pick } from './random.mjs'

/** Referrals a month in each area, at the busiest times of the year. */
const MONTHLY = { Pontefract: 8, Castleford: 6, Airedale: 3, Knottingley: 2.5 }
const SEASON = { 1: 1, 2: 0.9, 3: 1.1, 4: 0.7, 5: 0.9, 6: 1, 7: 0.6, 8: 0, 9: 1, 10: 1.1, 11: 1.2, 12: 0.7 }
const IN_HOLIDAYS = 0.08

/** Schedules the referrals of the area's schools from `from` to `to`. */
export function scheduleDemand({ referrals, authority, area, from, to }) {
  const schools = authority.schools.filter((school) => school.area === area)
  for (const [month, days] of monthsBetween(from, to)) {
    const count = Math.round(clamp(normal(MONTHLY[area] * SEASON[month], 1.2), 0, 20))
    const schoolDays = days.filter(isSchoolDay)
    const holidayDays = days.filter((day) => isWorkingDay(day) && !isSchoolDay(day))
    for (let i = 0; i < count && schoolDays.length > 0; i++) {
      const pool = holidayDays.length > 0 && chance(IN_HOLIDAYS) ? holidayDays : schoolDays
      const day = pick(pool)
      const school = bySen(schools)
      referrals.schedule(school, day, referralFor(school, day))
    }
  }
}

/** A school, those with a higher share of pupils on SEN support more likely. */
export function bySen(schools) {
  return faker.helpers.weightedArrayElement(schools.map((school) =>
    ({ value: school, weight: school.vulnerability.senPercent ?? 10 })))
}

/** The days from `from` to `to` by month (August left out: schools are closed). */
function monthsBetween(from, to) {
  const months = new Map()
  for (const day of daysFrom(from, to)) {
    const month = Number(day.slice(5, 7))
    if (month === 8) continue
    const key = day.slice(0, 7)
    if (!months.has(key)) months.set(key, [month, []])
    months.get(key)[1].push(day)
  }
  return months.values()
}
