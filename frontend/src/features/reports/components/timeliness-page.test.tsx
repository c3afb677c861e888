import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { fakeApi } from '../../../test/fake-api'
import { senior1 } from '../../../test/referral-fixtures'
import {
  onTheReportDay,
  answering,
  filterChoices,
  FROM,
  headlineCard,
  headlineRows,
  tableCells,
  timeliness,
  TODAY,
} from '../../../test/report-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'

// Loaded up front: the route loads the page on its first visit, longer than a findBy waits.
import './timeliness-page'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

function answerWith() {
  return fakeApi({
    'GET /api/v1/me': jsonResponse(senior1),
    ...filterChoices,
    'GET /api/v1/reports/timeliness': answering(timeliness),
  })
}

describe('the timeliness report', () => {
  onTheReportDay()

  it('writes percentages to one decimal and waits in days', async () => {
    answerWith()
    renderRoute('/reports/timeliness')

    expect(headlineRows(await headlineCard())).toEqual([
      ['First contacts within 5 working days', '87.5%'],
      ['Reviews on time', '66.7%'],
      ['Days from referral to decision (median)', '12 days'],
      ['Days from referral to decision (90th percentile)', '1 day'],
      ['Days from acceptance to allocation (median)', '6.5 days'],
      ['Days from acceptance to allocation (90th percentile)', 'No data'],
      ['Waiting list', '7'],
      ['Oldest on the waiting list', '41 days'],
    ])
  })

  it('draws first contacts and reviews on time month by month, from the report by month', async () => {
    const api = answerWith()
    renderRoute('/reports/timeliness')

    const chart = await screen.findByRole('img', { name: /^Line chart/ })
    expect(chart).toHaveAccessibleName(
      'Line chart of the percentages of first contacts and of reviews on time, by month: ' +
        'September 2026, First contacts within 5 working days 100.0%, Reviews on time 50.0%; ' +
        'October 2026, First contacts within 5 working days 75.0%, Reviews on time No data',
    )
    const table = screen.getByRole('table', { name: 'First contacts and reviews on time, month by month: the figures' })
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Month',
      'First contacts within 5 working days',
      'Reviews on time',
    ])
    expect(tableCells(table)).toEqual([
      ['September 2026', '100.0%', '50.0%'],
      ['October 2026', '75.0%', 'No data'],
    ])
    expect(api.callsTo('GET', '/api/v1/reports/timeliness').map((call) => call.url.search)).toEqual(
      expect.arrayContaining([`?from=${FROM}&to=${TODAY}`, `?from=${FROM}&to=${TODAY}&by=month`]),
    )
    // Without a breakdown asked for, the page has no table of groups.
    expect(screen.queryByRole('table', { name: /^Timeliness: one row per/ })).not.toBeInTheDocument()
  })
})
