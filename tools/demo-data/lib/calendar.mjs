// Days as ISO strings (YYYY-MM-DD), with England's bank holidays and the district's school holidays.
const DAY_MS = 24 * 60 * 60 * 1000

const BANK_HOLIDAYS = new Set([
  '2024-12-25', '2024-12-26', '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25',
  '2025-12-25', '2025-12-26', '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31',
  '2026-12-25', '2026-12-28',
])

/** The district's school holidays, first and last day (the summer one spans all of August). */
const SCHOOL_HOLIDAYS = [
  ['2024-12-23', '2025-01-03'], ['2025-02-17', '2025-02-21'], ['2025-04-07', '2025-04-21'],
  ['2025-05-26', '2025-05-30'], ['2025-07-23', '2025-09-02'], ['2025-10-27', '2025-10-31'],
  ['2025-12-22', '2026-01-02'], ['2026-02-16', '2026-02-20'], ['2026-03-30', '2026-04-10'],
  ['2026-05-25', '2026-05-29'], ['2026-07-22', '2026-09-02'], ['2026-10-26', '2026-10-30'],
]

/** The half terms a group runs in: school year, half term, first and last day. */
export const HALF_TERMS = [
  ['2024/25', 'AUTUMN_2', '2024-11-04', '2024-12-20'], ['2024/25', 'SPRING_1', '2025-01-06', '2025-02-14'],
  ['2024/25', 'SPRING_2', '2025-02-24', '2025-04-04'], ['2024/25', 'SUMMER_1', '2025-04-22', '2025-05-23'],
  ['2024/25', 'SUMMER_2', '2025-06-02', '2025-07-22'], ['2025/26', 'AUTUMN_1', '2025-09-03', '2025-10-24'],
  ['2025/26', 'AUTUMN_2', '2025-11-03', '2025-12-19'], ['2025/26', 'SPRING_1', '2026-01-05', '2026-02-13'],
  ['2025/26', 'SPRING_2', '2026-02-23', '2026-03-27'], ['2025/26', 'SUMMER_1', '2026-04-13', '2026-05-22'],
  ['2025/26', 'SUMMER_2', '2026-06-01', '2026-07-21'], ['2026/27', 'AUTUMN_1', '2026-09-03', '2026-10-23'],
  ['2026/27', 'AUTUMN_2', '2026-11-02', '2026-12-18'],
].map(([schoolYear, halfTerm, first, last]) => ({ schoolYear, halfTerm, first, last }))

export function addDays(day, days) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/** 0 is Sunday, as Date counts. */
export function weekday(day) {
  return new Date(`${day}T00:00:00Z`).getUTCDay()
}

export function isWorkingDay(day) {
  return weekday(day) !== 0 && weekday(day) !== 6 && !BANK_HOLIDAYS.has(day)
}

export function isSchoolHoliday(day) {
  return SCHOOL_HOLIDAYS.some(([first, last]) => day >= first && day <= last)
}

/** A day a school is open: a working day out of the school holidays. */
export function isSchoolDay(day) {
  return isWorkingDay(day) && !isSchoolHoliday(day)
}

/** The first working day on or after `day`. */
export function workingDayFrom(day) {
  let next = day
  while (!isWorkingDay(next)) next = addDays(next, 1)
  return next
}

/** The last working day on or before `day`. */
export function workingDayBefore(day) {
  let previous = day
  while (!isWorkingDay(previous)) previous = addDays(previous, -1)
  return previous
}

export function addWorkingDays(day, count) {
  let next = day
  for (let added = 0; added < count; ) {
    next = addDays(next, 1)
    if (isWorkingDay(next)) added++
  }
  return next
}

/** Every day from `first` to `last`, both included. */
export function* daysFrom(first, last) {
  for (let day = first; day <= last; day = addDays(day, 1)) yield day
}

/** The child's age in whole years on `day`. */
export function ageOn(dateOfBirth, day) {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number)
  const [y, m, d] = day.split('-').map(Number)
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0)
}

/** The calendar year a school year starts in (September). */
export function schoolYearStart(day) {
  const [year, month] = day.split('-').map(Number)
  return month >= 9 ? year : year - 1
}

export function min(a, b) {
  return a < b ? a : b
}
