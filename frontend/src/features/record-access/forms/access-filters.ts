import { toDateParts, toIsoDate } from '../../../lib/dates'
import type { ErrorItem } from '../../../lib/govuk/error-summary'

/** The history's filters as the address holds them: days (YYYY-MM-DD, '' for none) and the page, from 1. */
export type AccessFilters = { from: string; to: string; page: number }

export type FilterName = 'from' | 'to'

export const FILTER_LABELS: Record<FilterName, string> = { from: 'Date from', to: 'Date to' }

export function accessFilters(search: URLSearchParams): AccessFilters {
  const page = Number.parseInt(search.get('page') ?? '1', 10)
  return {
    from: search.get('from')?.trim() ?? '',
    to: search.get('to')?.trim() ?? '',
    page: Number.isFinite(page) && page > 1 ? page : 1,
  }
}

const isRealDate = (value: string) => toIsoDate(toDateParts(value)) === value

/** What is wrong with the days an address asks for, checked before the API is asked (it would refuse them). */
export function filterErrors(days: Pick<AccessFilters, FilterName>): ErrorItem[] {
  const unreal = (['from', 'to'] as const).filter((name) => days[name] !== '' && !isRealDate(days[name]))
  if (unreal.length > 0) {
    return unreal.map((name) => ({ text: `${FILTER_LABELS[name]} must be a real date`, href: `#${name}` }))
  }
  if (days.from && days.to && days.to < days.from) {
    const text = `${FILTER_LABELS.to} must be the same as or after ${FILTER_LABELS.from.toLowerCase()}`
    return [{ text, href: '#to' }]
  }
  return []
}

/** The error against a field, from the summary's list. */
export const errorFor = (errors: ErrorItem[], name: FilterName) =>
  errors.find((error) => error.href === `#${name}`)?.text
