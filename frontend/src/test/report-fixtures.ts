import { screen } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'
import type {
  FeedbackQuote,
  Report,
  ReportFigure,
  ReportRecord,
  ReportRecordList,
  ReportUnit,
} from '../features/reports/api/types'
import { school, schoolPage } from './admin-fixtures'
import { practitioners } from './allocation-fixtures'
import type { ApiCall } from './fake-api'
import { fakeKeycloak } from './fake-keycloak'
import { jsonResponse } from './render'
import { areas } from './triage-fixtures'

/** The school year so far on "today" in the report tests, 19 January 2027. */
export const TODAY = '2027-01-19'
export const FROM = '2026-09-01'

/** A measure of a report with its total figure; `records: false` for a figure that counts no records. */
export type MeasureSpec = {
  key: string
  label: string
  unit: ReportUnit
  total: number | null
  suppressed?: boolean
  records?: boolean
}

/** A group of the breakdown, with one value per measure. */
export type RowSpec = { key: string; label: string; values: (number | null)[] }

/** The API's drill-down address of a figure: its measure (and group) with the report's own query. */
export function recordsLink(name: string, measure: string, query: Record<string, string>, group?: string): string {
  const params = new URLSearchParams({ measure, ...query, ...(group === undefined ? {} : { group }) })
  return `/api/v1/reports/${name}/records?${params.toString()}`
}

/** A report as the API answers it for `query` (its `from` and `to` by default the school year so far). */
export function reportAnswer(spec: {
  name: string
  title: string
  measures: MeasureSpec[]
  query?: Record<string, string>
  /** The breakdown a report always has (caseloads per practitioner), when the query gives none. */
  by?: string
  rows?: RowSpec[]
  quotes?: FeedbackQuote[]
}): Report {
  const query: Record<string, string> = { from: FROM, to: TODAY, ...spec.query }
  // The total's figures are not in a group: their links leave the breakdown out.
  const { by: _by, ...total } = query
  const figure = (measure: MeasureSpec, value: number | null, group?: string): ReportFigure => ({
    measure: measure.key,
    value: value ?? undefined,
    base: measure.unit === 'NUMBER' ? undefined : (value ?? 0),
    suppressed: measure.suppressed ?? false,
    records: measure.records === false ? undefined : recordsLink(spec.name, measure.key, group ? query : total, group),
  })
  return withoutNulls({
    report: spec.name,
    title: spec.title,
    from: query['from'] ?? FROM,
    to: query['to'] ?? TODAY,
    filters: {
      areaId: query['areaId'] ?? undefined,
      areaName: areas.find((area) => area.id === query['areaId'])?.name ?? undefined,
      schoolUrn: query['schoolUrn'] ?? undefined,
      schoolName: undefined,
      needType: query['needType'] ?? undefined,
      practitionerId: query['practitionerId'] ?? undefined,
      practitionerName: undefined,
    },
    by: query['by'] ?? spec.by,
    measures: spec.measures.map(({ key, label, unit }) => ({
      key,
      label,
      unit,
      description: `How ${label} is counted`,
    })),
    total: { key: 'all', label: 'All', figures: spec.measures.map((measure) => figure(measure, measure.total)) },
    rows: (spec.rows ?? []).map((row) => ({
      key: row.key,
      label: row.label,
      figures: spec.measures.map((measure, index) => figure(measure, row.values[index] ?? null, row.key)),
    })),
    ...(spec.quotes ? { quotes: spec.quotes } : {}),
  })
}

/** The API leaves out a field that has no value. */
function withoutNulls<T>(answer: T): T {
  return JSON.parse(JSON.stringify(answer, (_key, value: unknown) => (value === null ? undefined : value))) as T
}

/** An API answer built from the call's own query, as the backend echoes the filters it was given. */
export function answering(build: (query: Record<string, string>) => Report) {
  return ({ url }: ApiCall) => jsonResponse(build(Object.fromEntries(url.searchParams)))
}

/** A counted measure with its total. */
export function count(key: string, label: string, total: number | null, extra: Partial<MeasureSpec> = {}): MeasureSpec {
  return { key, label, unit: 'COUNT', total, ...extra }
}

/** The referral funnel; a breakdown (`by`) gives two groups. */
export function funnel(query: Record<string, string> = {}, measures: MeasureSpec[] = FUNNEL_MEASURES): Report {
  return reportAnswer({
    name: 'funnel',
    title: 'Referral funnel',
    query,
    measures,
    rows: query['by']
      ? [
          { key: '100001', label: 'Northgate Primary School', values: [70, 45, 24, 20, 15, 3, 2, 1, 30, 53.3, 33.3] },
          { key: '100002', label: 'Castleford Park Junior School', values: [50, 28, 14, 10, 9, 2, 1, 2, 17, 50, 32.1] },
        ]
      : [],
  })
}

export const FUNNEL_MEASURES: MeasureSpec[] = [
  count('received', 'Referrals received', 120),
  count('discussed', 'Discussed at triage', 73),
  count('accepted', 'Accepted', 38),
  count('allocated', 'Allocated', 30),
  count('signposted', 'Signposted (alternative support plan)', 24),
  count('declined', 'Declined', 4, { suppressed: true }),
  count('escalated', 'Escalated', 0, { records: false }),
  count('withdrawn', 'Withdrawn', 3, { suppressed: true }),
  count('childrenSupported', 'Children supported including siblings', 47),
  { key: 'acceptedShare', label: 'Accepted, % of discussed', unit: 'PERCENT', total: 52.05 },
  { key: 'signpostedShare', label: 'Signposted, % of discussed', unit: 'PERCENT', total: null },
]

/** Timeliness; by month, two months. */
export function timeliness(query: Record<string, string> = {}): Report {
  const measure =
    (unit: ReportUnit) =>
    (key: string, label: string, total: number | null): MeasureSpec => ({ key, label, unit, total })
  const [percent, days] = [measure('PERCENT'), measure('DAYS')]
  return reportAnswer({
    name: 'timeliness',
    title: 'Timeliness',
    query,
    measures: [
      percent('firstContactOnTime', 'First contacts within 5 working days', 87.5),
      percent('reviewsOnTime', 'Reviews on time', 66.666),
      days('daysToDecisionMedian', 'Days from referral to decision (median)', 12),
      days('daysToDecisionP90', 'Days from referral to decision (90th percentile)', 1),
      days('daysToAllocationMedian', 'Days from acceptance to allocation (median)', 6.5),
      days('daysToAllocationP90', 'Days from acceptance to allocation (90th percentile)', null),
      count('waitingList', 'Waiting list', 7),
      days('oldestWaitingDays', 'Oldest on the waiting list', 41),
    ],
    rows:
      query['by'] === 'month'
        ? [
            { key: '2026-09', label: 'September 2026', values: [100, 50, 10, 14, 5, 9, 3, 20] },
            { key: '2026-10', label: 'October 2026', values: [75, null, 13, 20, 8, 12, 7, 41] },
          ]
        : [],
  })
}

/** The lists the filters offer: four areas, a school in Pontefract and one in Castleford, three practitioners. */
export const filterChoices = {
  'GET /api/v1/areas': jsonResponse(areas),
  'GET /api/v1/schools': jsonResponse(
    schoolPage([
      school(1, { name: 'Northgate Primary School', area: 'Pontefract' }),
      school(2, { name: 'Castleford Park Junior School', area: 'Castleford' }),
    ]),
  ),
  'GET /api/v1/practitioners': jsonResponse(practitioners),
}

/** A record a figure counts: a referral, or a case once it is allocated. */
export function reportRecord(index: number, overrides: Partial<ReportRecord> = {}): ReportRecord {
  return {
    referralId: `0b9e7c1e-4f0a-4c61-9d77-3f1f5a2c${String(index).padStart(4, '0')}`,
    reference: `TA-2026-${String(index).padStart(6, '0')}`,
    caseId: undefined,
    schoolUrn: '100001',
    schoolName: 'Northgate Primary School',
    areaName: 'Pontefract',
    on: '2026-11-06',
    value: undefined,
    ...overrides,
  }
}

export function recordList(
  report: string,
  measure: string,
  label: string,
  records: ReportRecord[],
  group?: string,
): ReportRecordList {
  return withoutNulls({ report, measure, label, group, records })
}

/** A table's body rows as the text of their cells as they show (not what links add for screen readers). */
export function tableCells(table: HTMLElement): string[][] {
  return [...table.querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => {
      const shown = cell.cloneNode(true) as Element
      shown.querySelectorAll('.govuk-visually-hidden').forEach((hidden) => hidden.remove())
      return shown.textContent ?? ''
    }),
  )
}

/** The headline figures' card: its rows as each measure's label and value as the page writes them. */
export function headlineRows(card: Element): string[][] {
  return [...card.querySelectorAll('.govuk-summary-list__row')].map((row) => [
    row.querySelector('.govuk-summary-list__key')?.textContent ?? '',
    row.querySelector('.govuk-summary-list__value')?.textContent ?? '',
  ])
}

/** The card of a report's headline figures, once the figures are in. */
export async function headlineCard(): Promise<Element> {
  const heading = await screen.findByRole('heading', { name: /^Headline figures/ })
  return heading.closest('.govuk-summary-card')!
}

/** Each report test runs on TODAY at 10:00 (the default period ends today), signed in with a fresh token. */
export function onTheReportDay(): void {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(`${TODAY}T10:00:00Z`))
  })

  afterEach(() => {
    vi.useRealTimers()
  })
}
