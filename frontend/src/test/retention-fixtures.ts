import type { RetentionReview, RetentionReviewPage } from '../features/retention/api/types'
import { jsonResponse } from './render'
import type { ApiCall } from './fake-api'

export const REVIEW_IDS = ['7e7e0000-0000-4000-8000-000000000001', '7e7e0000-0000-4000-8000-000000000002'] as const

/** Child1's record, its case closed on 20 July 2024, due since its retention date of 14 March 2027; version 0. */
export function dueReview(overrides: Partial<RetentionReview> = {}): RetentionReview {
  return {
    id: REVIEW_IDS[0],
    referralId: '0b9e7c1e-4f0a-4c61-9d77-3f1f5a2c0001',
    reference: 'TA-2024-000001',
    caseId: '0c0c0000-0000-4000-8000-000000000001',
    schoolName: 'Northgate Primary School',
    childName: 'Child1 Example',
    dateOfBirth: '2002-03-14',
    referralState: 'CLOSED',
    closedOn: '2024-07-20',
    dueOn: '2027-03-14',
    state: 'DUE',
    markedAt: '2027-03-15T02:00:00Z',
    version: 0,
    ...overrides,
  }
}

/** Child2's referral, declined (so never a case), kept until 1 June 2028 by Helen Moore on 16 March 2027. */
export function heldReview(overrides: Partial<RetentionReview> = {}): RetentionReview {
  const { caseId: _, closedOn: __, ...declined } = dueReview()
  return {
    ...declined,
    id: REVIEW_IDS[1],
    reference: 'TA-2024-000002',
    childName: 'Child2 Example',
    referralState: 'DECLINED',
    state: 'HELD',
    decidedAt: '2027-03-16T10:30:00Z',
    decidedByName: 'Helen Moore',
    holdReason: 'A complaint about the service is still open.',
    keepUntil: '2028-06-01',
    version: 1,
    ...overrides,
  }
}

/** Child1's record once Helen Moore erased it on 16 March 2027: the child's name and date of birth are gone. */
export function erasedReview(): RetentionReview {
  const { childName: _, dateOfBirth: __, ...tombstone } = dueReview()
  return { ...tombstone, state: 'ERASED', decidedAt: '2027-03-16T11:00:00Z', decidedByName: 'Helen Moore', version: 1 }
}

export function reviewPage(items: RetentionReview[], overrides: Partial<RetentionReviewPage> = {}): RetentionReviewPage {
  return { items, page: 0, size: 50, total: items.length, ...overrides }
}

/** The list endpoint's answer for each state the call asks for (the records due when it names none). */
export function listAnswer(byState: Partial<Record<RetentionReview['state'], RetentionReview[]>>) {
  return (call: ApiCall) => jsonResponse(reviewPage(byState[(call.url.searchParams.get('state') ?? 'DUE') as RetentionReview['state']] ?? []))
}
