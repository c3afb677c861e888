import { Tag } from '../../../lib/govuk/tag'
import { isAtCapacity } from '../api/get-practitioners'
import type { Practitioner } from '../api/types'

/** "3 of 12 cases": a practitioner's open cases against their capacity. */
export function caseloadText({ caseload, capacity }: Pick<Practitioner, 'caseload' | 'capacity'>): string {
  return `${caseload} of ${capacity} ${capacity === 1 ? 'case' : 'cases'}`
}

/** "Pontefract · 3 of 12 cases", and "At capacity" once the caseload has reached it. */
export function practitionerHint(practitioner: Practitioner): string {
  const parts = [practitioner.area, caseloadText(practitioner), isAtCapacity(practitioner) ? 'At capacity' : undefined]
  return parts.filter(Boolean).join(' · ')
}

export function AtCapacityTag() {
  return <Tag colour="orange">At capacity</Tag>
}
