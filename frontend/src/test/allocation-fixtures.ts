import type { AllocationQueueItem, AllocationQueuePage, Practitioner } from '../features/allocation/api/types'
import type { Case } from '../features/cases/api/types'
import type { components } from '../lib/api/schema'

export const practitioner1: components['schemas']['Me'] = {
  id: '4f1c9a52-0000-4000-8000-000000000003',
  username: 'practitioner1',
  name: 'Priya Shah',
  roles: ['practitioner'],
  area: 'Pontefract',
}

/** A referral waiting in the queue at `position`, accepted a few days before the next. */
export function queueItem(position: number, overrides: Partial<AllocationQueueItem> = {}): AllocationQueueItem {
  return {
    position,
    referralId: `0b9e7c1e-4f0a-4c61-9d77-3f1f5a2c${String(position).padStart(4, '0')}`,
    reference: `TA-2026-${String(position).padStart(6, '0')}`,
    childName: `Child${position} Example`,
    schoolUrn: '100001',
    schoolName: 'Northgate Primary School',
    area: 'Pontefract',
    acceptedOn: `2026-11-${String(10 + position).padStart(2, '0')}`,
    reason: 'Core offer: Northgate Primary School has had no allocation this school year',
    ...overrides,
  }
}

/** A page of the queue holding `items`: the first page of 50, and no more waiting unless `total` says so. */
export function queuePage(items: AllocationQueueItem[], page: Partial<AllocationQueuePage> = {}): AllocationQueuePage {
  return { items, page: 0, size: 50, total: items.length, ...page }
}

/** Priya Shah has room (3 of 12), Tom Walsh is full (12 of 12), Helen Moore (a senior) has no area. */
export const practitioners: Practitioner[] = [
  {
    id: '4f1c9a52-0000-4000-8000-000000000005',
    username: 'senior1',
    name: 'Helen Moore',
    caseload: 2,
    capacity: 6,
    version: 0,
  },
  {
    id: practitioner1.id,
    username: 'practitioner1',
    name: 'Priya Shah',
    area: 'Pontefract',
    caseload: 3,
    capacity: 12,
    version: 0,
  },
  {
    id: '4f1c9a52-0000-4000-8000-000000000004',
    username: 'practitioner2',
    name: 'Tom Walsh',
    area: 'Castleford',
    caseload: 12,
    capacity: 12,
    version: 0,
  },
]

export const CASE_ID = '5c3e2d10-0000-4000-8000-000000000001'

/** Child1's case, allocated to Priya Shah on 24 November 2026, first contact due on Tuesday 1 December 2026. */
export function supportCase(overrides: Partial<Case> = {}): Case {
  return {
    id: CASE_ID,
    referralId: '0b9e7c1e-4f0a-4c61-9d77-3f1f5a2c0001',
    reference: 'TA-2026-000001',
    childName: 'Child1 Example',
    schoolName: 'Northgate Primary School',
    practitionerId: practitioner1.id,
    practitionerName: 'Priya Shah',
    state: 'ALLOCATED',
    allocatedOn: '2026-11-24',
    firstContactDue: '2026-12-01',
    firstContactStatus: 'DUE',
    ...overrides,
  }
}
