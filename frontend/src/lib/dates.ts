/** A date as the GOV.UK date input holds it: three text fields. */
export type DateParts = { day: string; month: string; year: string }

export const emptyDate: DateParts = { day: '', month: '', year: '' }

export function toDateParts(iso: string | null | undefined): DateParts {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null
  if (!match) return emptyDate
  const [, year = '', month = '', day = ''] = match
  return { day: String(Number(day)), month: String(Number(month)), year }
}

export function isBlankDate(parts: DateParts): boolean {
  return parts.day.trim() === '' && parts.month.trim() === '' && parts.year.trim() === ''
}

/** YYYY-MM-DD, null for a blank date, undefined for one that is not a real date. */
export function toIsoDate(parts: DateParts): string | null | undefined {
  if (isBlankDate(parts)) return null
  const [day, month, year] = [parts.day, parts.month, parts.year].map((part) => part.trim())
  if (!/^\d{1,2}$/.test(day ?? '') || !/^\d{1,2}$/.test(month ?? '') || !/^\d{4}$/.test(year ?? '')) return undefined
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
  if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) return undefined
  return date.toISOString().slice(0, 10)
}

/** react-hook-form's check for a date input, registered on its day field (where the error link goes). */
export function realDate<T>(name: string, select: (values: T) => DateParts | undefined) {
  return (_: unknown, values: T): true | string => {
    const date = select(values)
    if (!date || toIsoDate(date) !== undefined) return true
    const missing = (['day', 'month', 'year'] as const).filter((part) => date[part].trim() === '')
    return missing.length > 0 ? `${name} must include a ${missing.join(' and ')}` : `${name} must be a real date`
  }
}

const LONDON_ISO_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' })

/** Today in UK time, YYYY-MM-DD. */
export function todayInLondon(now = new Date()): string {
  return LONDON_ISO_DATE.format(now)
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'Europe/London',
})

/** 14 March 2017, for a YYYY-MM-DD date. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? LONG_DATE.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : ''
}

const LONDON_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
})

/** 24 November 2026: the day in UK time of an instant. */
export function formatDay(instant: string | null | undefined): string {
  return instant ? LONDON_DATE.format(new Date(instant)) : ''
}

/** 24 November 2026 at 9:30am, in UK time, for an instant. */
export function formatDateTime(instant: string | null | undefined): string {
  if (!instant) return ''
  const parts = Object.fromEntries(DATE_TIME.formatToParts(new Date(instant)).map((part) => [part.type, part.value]))
  return `${parts['day']} ${parts['month']} ${parts['year']} at ${parts['hour']}:${parts['minute']}${(parts['dayPeriod'] ?? '').toLowerCase()}`
}
