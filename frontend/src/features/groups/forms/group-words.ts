import type { ChoiceItem } from '../../../lib/govuk/radios'
import type { GroupKind, HalfTerm } from '../api/types'

/** The half terms of a school year, in order. */
export const HALF_TERMS: Record<HalfTerm, string> = {
  AUTUMN_1: 'Autumn 1',
  AUTUMN_2: 'Autumn 2',
  SPRING_1: 'Spring 1',
  SPRING_2: 'Spring 2',
  SUMMER_1: 'Summer 1',
  SUMMER_2: 'Summer 2',
}

export const GROUP_KINDS: Record<GroupKind, string> = {
  PARENT: 'Parents’ group',
  CHILDREN: 'Children’s group',
}

export const HALF_TERM_ITEMS: ChoiceItem[] = Object.entries(HALF_TERMS).map(([value, label]) => ({ value, label }))

export const GROUP_KIND_ITEMS: ChoiceItem[] = Object.entries(GROUP_KINDS).map(([value, label]) => ({ value, label }))

export function isHalfTerm(value: string | null): value is HalfTerm {
  return value !== null && Object.hasOwn(HALF_TERMS, value)
}

/** "Autumn 1 2026/27"; a kind or term this version does not know is shown as the API sends it. */
export function termName({ halfTerm, schoolYear }: { halfTerm: string; schoolYear: string }): string {
  return `${HALF_TERMS[halfTerm as HalfTerm] ?? halfTerm} ${schoolYear}`
}

export function kindName(kind: string): string {
  return GROUP_KINDS[kind as GroupKind] ?? kind
}

/** "2026/27", the school year that starts in September `year`. */
const schoolYear = (year: number) => `${year}/${String((year + 1) % 100).padStart(2, '0')}`

/** The first year of the school year a day (YYYY-MM-DD) is in: the same year from September, else the one before. */
const startOf = (day: string) => Number(day.slice(0, 4)) - (Number(day.slice(5, 7)) >= 9 ? 0 : 1)

/** The school year of a day (YYYY-MM-DD), "2026/27". */
export function schoolYearOf(day: string): string {
  return schoolYear(startOf(day))
}

/** The school years a filter offers, the latest first: the next one, the current one and the one before. */
export function schoolYearsAround(day: string): string[] {
  const start = startOf(day)
  return [start + 1, start, start - 1].map(schoolYear)
}

/** "School year": like 2026/27, the second year following the first. */
export function schoolYearCheck(value: string): true | string {
  const match = /^(\d{4})\/(\d{2})$/.exec(value.trim())
  if (!match) return 'Enter the school year like 2026/27'
  const follows = (Number(match[1]) + 1) % 100 === Number(match[2])
  return follows || 'Enter a school year whose second year follows the first, like 2026/27'
}

/** "Child1 Example", or that the child is not named. */
export function childName(found: { childName?: string | undefined }): string {
  return found.childName ?? 'Child not named'
}
