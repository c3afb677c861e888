// The operations the bench measures, as users of the service make them. Each names its caller (null: no token),
// its request, or a `next()` that varies the request, and, when every request uses up a record (a draft to
// submit, a referral for the panel), the pool it draws from.
import { readFileSync } from 'node:fs'
import { call, londonToday } from './api.mjs'

const SCHOOL = '100001'
const YEAR = { from: '2025-04-01', to: '2026-03-31' }   // a financial year, as commissioners report
const PAGE = 50
const LIST_FILTER = `size=${PAGE}&state=DECLINED`

/** A complete referral from senco1's school, ready to submit. */
export const referralRequest = JSON.stringify({
  schoolUrn: SCHOOL,
  child: { firstName: 'Bench', lastName: 'Child', dateOfBirth: '2018-05-14', gender: 'FEMALE', yearGroup: 4,
    senProvision: 'K', primaryNeed: 'SEMH', hasSupportPlan: false },
  carers: [{ name: 'Bench Carer', relationship: 'Mother', phone: '07700 900123', email: 'carer@example.org',
    preferredLanguage: 'English', interpreterNeeded: false }],
  needs: { tags: ['ANXIETY', 'DYSREGULATION'], description: 'Finds mornings hard; dysregulated after weekends.' },
  education: { attendancePercent: 88.5, suspensionsThisYear: 1, atRiskOfExclusion: false },
  schoolActions: 'Key adult at the start of the day; calm space plan.',
  knownTo: { earlyHelp: 'NO', socialCare: 'NO' },
  consent: { givenBy: 'Bench Carer', givenOn: '2026-01-05', method: 'IN_PERSON', informationSharing: true },
  safeguardingConcern: false,
})

/** A pool of records used up one per request, in a fixed order; the runs ask for no more than `remaining`. */
class Pool {
  constructor(items = []) { this.items = items; this.used = 0 }
  get remaining() { return this.items.length - this.used }
  take() { return this.items[this.used++] }
  add(item) { this.items.push(item) }
}

/** Cycles through ids read from a fixture file, so each request asks for another record. */
function cycling(ids) {
  let i = 0
  return () => ids[i++ % ids.length]
}

function lines(dir, name) {
  return readFileSync(`${dir}/${name}`, 'utf8').split('\n').filter(Boolean).map((line) => line.split(','))
}

/** Reads the fixtures and sets up what the operations need: the deep page's number, a panel meeting per area. */
export async function operations({ backendUrl, fixtures, tokens }) {
  const schoolReferral = cycling(lines(fixtures, 'school-referrals.csv').map(([id]) => id))
  const anyReferral = cycling(lines(fixtures, 'any-referrals.csv').map(([id]) => id))
  const senior = await tokens.header('senior1')
  const first = await call(backendUrl, await tokens.header('senco1'), 'GET', `/api/v1/referrals?${LIST_FILTER}`)
  const deepPage = Math.max(0, Math.ceil(first.total / PAGE) - 1)
  // The last page as a client reaches it by following `next`: the page before's cursor (fetched once, by number).
  const beforeLast = deepPage === 0 ? null
    : await call(backendUrl, await tokens.header('senco1'), 'GET', `/api/v1/referrals?${LIST_FILTER}&page=${deepPage - 1}`)
  const deepCursor = beforeLast?.next ? `&after=${beforeLast.next}` : '&page=0'
  const meetings = new Map()
  const awaiting = lines(fixtures, 'awaiting-panel.csv')
  for (const area of new Set(awaiting.map(([, name]) => name))) {
    const meeting = await call(backendUrl, senior, 'POST', '/api/v1/triage/meetings', { date: londonToday(), area })
    meetings.set(area, meeting.id)
  }
  const panel = new Pool(awaiting)
  const drafts = new Pool()
  const report = `/api/v1/reports/funnel?from=${YEAR.from}&to=${YEAR.to}`
  return [
    { name: 'health', label: 'GET /q/health/live (no token)', user: null, method: 'GET', path: '/q/health/live' },
    { name: 'me', label: 'GET /api/v1/me', user: 'senco1', method: 'GET', path: '/api/v1/me' },
    { name: 'referral', label: 'One referral', user: 'senco1', method: 'GET', target: 50,
      next: () => ({ path: `/api/v1/referrals/${schoolReferral()}` }) },
    { name: 'list-first', label: `Referral list, page 1 (${PAGE} rows, state filter)`, user: 'senco1', method: 'GET',
      path: `/api/v1/referrals?${LIST_FILTER}&page=0`, target: 100 },
    { name: 'list-deep', label: `Referral list, page ${deepPage + 1} of ${deepPage + 1} (after the page before's next)`,
      user: 'senco1', method: 'GET', path: `/api/v1/referrals?${LIST_FILTER}${deepCursor}`, target: 100 },
    { name: 'list-deep-number', label: `Referral list, page ${deepPage + 1} of ${deepPage + 1} (by its number)`,
      user: 'senco1', method: 'GET', path: `/api/v1/referrals?${LIST_FILTER}&page=${deepPage}` },
    { name: 'create', label: 'Create a referral (draft)', user: 'senco1', method: 'POST', path: '/api/v1/referrals',
      body: referralRequest, onCreated: (id) => drafts.add(id) },
    { name: 'submit', label: 'Submit a draft', user: 'senco1', method: 'POST', pool: drafts,
      next: () => ({ path: `/api/v1/referrals/${drafts.take()}/submit` }) },
    { name: 'queue', label: 'Allocation queue (first page of 50)', user: 'senior1', method: 'GET', path: '/api/v1/allocations/queue' },
    { name: 'decision', label: 'Triage decision (decline)', user: 'senior1', method: 'POST', pool: panel,
      next: () => decision(meetings, panel.take()) },
    { name: 'funnel', label: 'Funnel report, one year', user: 'senior1', method: 'GET', path: report, target: 500 },
    { name: 'funnel-csv', label: 'Funnel report CSV, one year', user: 'senior1', method: 'GET', path: report,
      accept: 'text/csv', target: 500 },
    { name: 'audit', label: 'Audit trail of one record', user: 'senior1', method: 'GET',
      next: () => ({ path: `/api/v1/audit?recordId=${anyReferral()}` }) },
  ]
}

function decision(meetings, [referralId, area]) {
  return {
    path: `/api/v1/triage/meetings/${meetings.get(area)}/decisions`,
    body: JSON.stringify({ referralId, outcome: 'DECLINE', declineReason: 'NEEDS_MET_BY_SCHOOL',
      rationale: 'The school can meet these needs with its current plan.' }),
  }
}
