import { todayInLondon, toDateParts, toIsoDate } from '../../../lib/dates'
import type { ErrorItem } from '../../../lib/govuk/error-summary'

/** The query parameters every report takes, in the order a report's address lists them. */
export const FILTER_NAMES = ['from', 'to', 'areaId', 'schoolUrn', 'needType', 'practitionerId', 'by'] as const

export type FilterName = (typeof FILTER_NAMES)[number]

/** The filters as the address holds them, '' for one not set. */
export type FilterValues = Record<FilterName, string>

/** The filters' labels, on the form and in the errors about them. */
export const FILTER_LABELS: Record<FilterName, string> = {
  from: 'Period from',
  to: 'Period to',
  areaId: 'Area',
  schoolUrn: 'School',
  needType: 'Need type',
  practitionerId: 'Practitioner',
  by: 'Break down by',
}

/** An error on a filter, against its field and in the error summary. */
export type FilterError = { name: FilterName; text: string }

/** The API allows a period of at most 3 years. */
const MAX_YEARS = 3

/** The first day of the school year a day (YYYY-MM-DD) is in: 1 September of its year, or of the year before. */
export function schoolYearStart(day: string): string {
  const year = Number(day.slice(0, 4))
  return `${day.slice(5) >= '09-01' ? year : year - 1}-09-01`
}

/**
 * The filters an address asks for. Without a period, the school year so far: from the last 1 September to today.
 * `by` only on a page whose reports can be broken down (the caseloads are always per practitioner and school).
 */
export function filterValues(search: URLSearchParams, options: { breakdowns: boolean; today?: string }): FilterValues {
  const given = Object.fromEntries(FILTER_NAMES.map((name) => [name, search.get(name)?.trim() ?? ''])) as FilterValues
  const to = given.to || (options.today ?? todayInLondon())
  return { ...given, from: given.from || schoolYearStart(to), to, by: options.breakdowns ? given.by : '' }
}

/** A report's query: the filters set, always in the same order (one report, one cached answer). */
export function reportQuery(values: FilterValues, extra: Partial<FilterValues> = {}): URLSearchParams {
  const all = { ...values, ...extra }
  return new URLSearchParams(FILTER_NAMES.filter((name) => all[name] !== '').map((name) => [name, all[name]]))
}

const isRealDate = (value: string) => toIsoDate(toDateParts(value)) === value

/** What is wrong with the period, checked before asking the API (which would refuse it). */
export function periodErrors({ from, to }: FilterValues): FilterError[] {
  const errors: FilterError[] = []
  if (!isRealDate(from)) errors.push({ name: 'from', text: `${FILTER_LABELS.from} must be a real date` })
  if (!isRealDate(to)) errors.push({ name: 'to', text: `${FILTER_LABELS.to} must be a real date` })
  if (errors.length > 0) return errors
  if (to < from) return [{ name: 'to', text: 'Period to must be the same as or after period from' }]
  if (to > `${Number(from.slice(0, 4)) + MAX_YEARS}${from.slice(4)}`) {
    return [{ name: 'to', text: `The period must be ${MAX_YEARS} years or shorter` }]
  }
  return []
}

export const toSummary = (errors: FilterError[]): ErrorItem[] =>
  errors.map(({ name, text }) => ({ text, href: `#${name}` }))
