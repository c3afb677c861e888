import type { Area, Weekday } from '../api/types'

export const WEEKDAYS: Record<Weekday, string> = {
  MONDAY: 'Monday',
  TUESDAY: 'Tuesday',
  WEDNESDAY: 'Wednesday',
  THURSDAY: 'Thursday',
  FRIDAY: 'Friday',
}

/** "every 2 weeks on a Friday". */
export function cadenceWords({ everyWeeks, weekday }: Area['triageCadence']): string {
  const every = everyWeeks === 1 ? 'every week' : `every ${everyWeeks} weeks`
  return `${every} on a ${WEEKDAYS[weekday]}`
}
