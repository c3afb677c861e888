import { screen } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi } from '../../../test/fake-api'
import { senior1 } from '../../../test/referral-fixtures'
import {
  answering,
  filterChoices,
  headlineCard,
  headlineRows,
  onTheReportDay,
  tableCells,
} from '../../../test/report-fixtures'
import { outcomes } from '../../../test/report-page-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'

// Loaded up front: the route loads the page on its first visit, longer than a findBy waits.
import './outcomes-page'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

describe('the outcomes report', () => {
  onTheReportDay()

  beforeEach(() => {
    fakeApi({
      'GET /api/v1/me': jsonResponse(senior1),
      ...filterChoices,
      'GET /api/v1/reports/outcomes': answering(outcomes),
    })
  })

  it('shows the closures’ outcomes, a mean score to one decimal', async () => {
    renderRoute('/reports/outcomes')

    expect(headlineRows(await headlineCard()).slice(0, 4)).toEqual([
      ['Cases closed', '20'],
      ['School placement kept', '95.0%'],
      ['Attendance at referral (mean %)', '81.3'],
      ['Attendance at closure (mean %)', '88.4'],
    ])
  })

  it('draws attendance, suspensions and exclusion risk before support and at closure', async () => {
    renderRoute('/reports/outcomes')

    const table = await screen.findByRole('table', { name: 'Before support and at closure: the figures' })
    expect(tableCells(table)).toEqual([
      ['Attendance (mean %)', '81.3', '88.4'],
      ['Suspensions', '14', '5'],
      // 6 at risk at referral, 4 of them no longer at closure.
      ['Children at risk of exclusion', '6', '2'],
    ])
    expect(
      screen.getByRole('img', { name: /^Bar chart of attendance, suspensions and exclusion risk/ }),
    ).toBeInTheDocument()
  })

  it('lists the feedback given at closure', async () => {
    renderRoute('/reports/outcomes')

    expect(tableCells(await screen.findByRole('table', { name: 'Feedback at closure' }))).toEqual([
      ['Parent or carer', '5 out of 5', 'We finally feel listened to.', '11 December 2026'],
      ['School', 'Not given', 'No comment', '8 January 2027'],
    ])
  })
})
