import type { AuditEntry, AuditPage } from '../features/record-access/api/types'
import { practitioner1, practitioners } from './allocation-fixtures'
import type { ApiCall } from './fake-api'
import { REFERRAL_ID, senco1, senior1 } from './referral-fixtures'
import { jsonResponse } from './render'

export { practitioner1, practitioners, REFERRAL_ID, senco1, senior1 }

export const CASE_ID = '5c3e2d10-0000-4000-8000-000000000001'

const tomWalsh = practitioners[2]!

/** One access to the referral: senior1 reading it at 9:30am UK time (GMT) on 24 November 2026, unless told. */
export function entry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    at: '2026-11-24T09:30:00Z',
    userId: senior1.id,
    username: senior1.username,
    roles: ['senior', 'practitioner', 'offline_access'],
    clientId: 'teamaround-spa',
    action: 'READ',
    outcome: 'ALLOWED',
    recordType: 'REFERRAL',
    recordId: REFERRAL_ID,
    requestId: `request-${overrides.at ?? ''}-${overrides.action ?? ''}`,
    ...overrides,
  }
}

/** A referral's trail, newest first: Helen Moore read it twice, Tom Walsh was refused, Sarah Cole (senco1) wrote it. */
export const referralTrail: AuditEntry[] = [
  entry({ at: '2026-11-25T14:05:00Z', recordType: 'AUDIT_TRAIL', action: 'LIST' }),
  entry({ at: '2026-11-25T14:00:00Z' }),
  entry({
    at: '2026-11-25T11:00:00Z',
    userId: tomWalsh.id,
    username: tomWalsh.username,
    roles: ['practitioner'],
    action: 'DENIED',
    outcome: 'DENIED',
  }),
  entry({ at: '2026-11-24T10:00:00Z' }),
  bySenco1('2026-11-24T09:00:00Z', 'UPDATE'),
  bySenco1('2026-11-24T08:30:00Z', 'CREATE'),
]

function bySenco1(at: string, action: AuditEntry['action']): AuditEntry {
  return entry({ at, userId: senco1.id, username: senco1.username, roles: ['referrer'], action })
}

/** `count` reads of the record, a minute apart, newest first. */
export function manyEntries(count: number): AuditEntry[] {
  return Array.from({ length: count }, (_, index) =>
    entry({ at: new Date(Date.UTC(2026, 10, 24, 9, 30) - index * 60_000).toISOString(), requestId: `read-${index}` }),
  )
}

/** Answers GET /api/v1/audit from these entries as the API pages them, on the days asked for (all in GMT). */
export function auditAnswer(entries: AuditEntry[]) {
  return (call: ApiCall) => {
    const query = call.url.searchParams
    const [page, size] = [Number(query.get('page') ?? 0), Number(query.get('size') ?? 20)]
    const [from, to] = [query.get('from') ?? '', query.get('to') ?? '\uffff']
    const onDays = entries.filter((entry) => entry.at.slice(0, 10) >= from && entry.at.slice(0, 10) <= to)
    const items = onDays.slice(page * size, (page + 1) * size)
    return jsonResponse({ items, page, size, total: onDays.length } satisfies AuditPage)
  }
}

/** The record ids, days and page of each call to the audit trail of this size. */
export function auditCalls(calls: ApiCall[], size: number) {
  return calls
    .filter((call) => call.path === '/api/v1/audit' && call.url.searchParams.get('size') === String(size))
    .map(({ url }) => ({
      recordIds: url.searchParams.getAll('recordId'),
      from: url.searchParams.get('from'),
      to: url.searchParams.get('to'),
      page: url.searchParams.get('page'),
    }))
}
