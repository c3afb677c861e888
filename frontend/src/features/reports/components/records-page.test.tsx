import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { fakeApi } from '../../../test/fake-api'
import { senior1 } from '../../../test/referral-fixtures'
import {
  onTheReportDay,
  answering,
  FROM,
  funnel,
  recordList,
  reportRecord,
  tableCells,
  timeliness,
  TODAY,
} from '../../../test/report-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'
import { summaryValue } from '../../../test/summary-list'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const CASE_ID = '5c3e2d10-0000-4000-8000-000000000002'

describe('the records behind a figure', () => {
  onTheReportDay()

  it('lists a group’s records by reference, in its period and filters, with a way back to the report', async () => {
    const api = fakeApi({
      'GET /api/v1/me': jsonResponse(senior1),
      'GET /api/v1/reports/funnel': answering(funnel),
      'GET /api/v1/reports/funnel/records': jsonResponse(
        recordList(
          'funnel',
          'discussed',
          'Discussed at triage',
          [reportRecord(1), reportRecord(2, { caseId: CASE_ID })],
          '100001',
        ),
      ),
    })
    const query = `from=${FROM}&to=${TODAY}&needType=SEMH&by=school`
    renderRoute(`/reports/funnel/records?measure=discussed&${query}&group=100001`)

    expect(await screen.findByRole('heading', { level: 1, name: 'Discussed at triage' })).toBeVisible()
    expect(document.title).toBe('Discussed at triage: the records – TeamAround')
    expect(summaryValue('Period')).toHaveTextContent('1 September 2026 to 19 January 2027')
    expect(summaryValue('Need type')).toHaveTextContent('Social, emotional and mental health')
    expect(summaryValue('Group')).toHaveTextContent('Northgate Primary School')
    expect(screen.queryByRole('term', { name: 'Area' })).not.toBeInTheDocument()
    const table = screen.getByRole('table', { name: '2 records' })
    expect(tableCells(table)).toEqual([
      ['TA-2026-000001', 'Northgate Primary School', 'Pontefract', '6 November 2026'],
      ['TA-2026-000002', 'Northgate Primary School', 'Pontefract', '6 November 2026'],
    ])
    expect(within(table).getByRole('link', { name: 'TA-2026-000001' })).toHaveAttribute(
      'href',
      `/referrals/${reportRecord(1).referralId}`,
    )
    expect(within(table).getByRole('link', { name: 'TA-2026-000002' })).toHaveAttribute('href', `/cases/${CASE_ID}`)
    expect(screen.getByRole('link', { name: 'Back to referral funnel' })).toHaveAttribute(
      'href',
      `/reports/funnel?${query}`,
    )
    expect(api.callsTo('GET', '/api/v1/reports/funnel/records')[0]?.url.search).toBe(
      `?measure=discussed&${query}&group=100001`,
    )
  })

  it('gives each record its own number, in the figure’s unit', async () => {
    fakeApi({
      'GET /api/v1/me': jsonResponse(senior1),
      'GET /api/v1/reports/timeliness': answering(timeliness),
      'GET /api/v1/reports/timeliness/records': jsonResponse(
        recordList('timeliness', 'daysToDecisionMedian', 'Days from referral to decision (median)', [
          reportRecord(1, { value: 12 }),
        ]),
      ),
    })
    renderRoute(`/reports/timeliness/records?measure=daysToDecisionMedian&from=${FROM}&to=${TODAY}`)

    const days = await screen.findByRole('table', { name: '1 record' })
    expect(within(days).getAllByRole('columnheader').at(-1)).toHaveTextContent('Value')
    expect(tableCells(days)[0]?.at(-1)).toBe('12 days')
  })

  it('says whether each record counts towards a percentage', async () => {
    fakeApi({
      'GET /api/v1/me': jsonResponse(senior1),
      'GET /api/v1/reports/timeliness': answering(timeliness),
      'GET /api/v1/reports/timeliness/records': jsonResponse(
        recordList('timeliness', 'reviewsOnTime', 'Reviews on time', [
          reportRecord(1, { value: 1 }),
          reportRecord(2, { value: 0 }),
        ]),
      ),
    })
    renderRoute(`/reports/timeliness/records?measure=reviewsOnTime&from=${FROM}&to=${TODAY}`)

    const table = await screen.findByRole('table', { name: '2 records' })
    expect(within(table).getAllByRole('columnheader').at(-1)).toHaveTextContent('Reviews on time')
    expect(tableCells(table).map((cells) => cells.at(-1))).toEqual(['Yes', 'No'])
  })

  it('is not found for a report the service does not have', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    fakeApi({ 'GET /api/v1/me': jsonResponse(senior1) })
    renderRoute('/reports/no-such-report/records?measure=received')

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  })
})
