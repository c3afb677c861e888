import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { practitioner1 } from '../../../test/allocation-fixtures'
import { fakeApi } from '../../../test/fake-api'
import { senior1 } from '../../../test/referral-fixtures'
import { answering, filterChoices, FROM, onTheReportDay, tableCells, TODAY } from '../../../test/report-fixtures'
import { caseloads, schoolAllocations } from '../../../test/report-page-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'

// Loaded up front: the route loads the page on its first visit, longer than a findBy waits.
import './caseloads-page'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

async function open() {
  const api = fakeApi({
    'GET /api/v1/me': jsonResponse(senior1),
    ...filterChoices,
    'GET /api/v1/reports/caseloads': answering(caseloads),
    'GET /api/v1/reports/school-allocations': answering(schoolAllocations),
  })
  renderRoute('/reports/caseloads')
  await screen.findByRole('heading', { level: 2, name: 'Allocations by school' })
  await screen.findByRole('heading', { level: 2, name: 'Caseloads' })
  return api
}

describe('the caseloads and school allocations', () => {
  onTheReportDay()

  it('shows both reports for the same period, each with its CSV, and no choice of breakdown', async () => {
    const api = await open()

    expect(screen.getByRole('heading', { level: 1, name: 'Caseloads and school allocations' })).toBeVisible()
    for (const report of ['caseloads', 'school-allocations']) {
      expect(api.callsTo('GET', `/api/v1/reports/${report}`)[0]?.url.search).toBe(`?from=${FROM}&to=${TODAY}`)
    }
    expect(screen.getByRole('button', { name: 'Download CSV of Caseloads' })).toBeVisible()
    expect(screen.getByRole('button', { name: 'Download CSV of Allocations by school' })).toBeVisible()
    expect(screen.queryByRole('combobox', { name: 'Break down by' })).not.toBeInTheDocument()
  })

  it('draws open cases against capacity per practitioner, and lists every figure per practitioner', async () => {
    await open()

    expect(
      screen.getByRole('img', { name: /^Bar chart of each practitioner’s open cases against their capacity/ }),
    ).toBeInTheDocument()
    expect(tableCells(screen.getByRole('table', { name: 'Open cases against capacity: the figures' }))).toEqual([
      ['Priya Shah', '3', '12.0'],
      ['Tom Walsh', '12', '12.0'],
    ])
    const table = screen.getByRole('table', { name: 'Caseloads: one row per practitioner' })
    const priya = within(table).getByRole('row', { name: /^Priya Shah/ })
    expect(tableCells(table)[0]).toEqual([
      'Priya Shah',
      '3',
      '12.0',
      '25.0%',
      '2',
      '1 (fewer than 5 children: suppressed in exports)',
    ])
    expect(within(priya).getByRole('link', { name: '3, Open cases, Priya Shah: view the records' })).toHaveAttribute(
      'href',
      `/reports/caseloads/records?measure=openCases&from=${FROM}&to=${TODAY}&group=${practitioner1.id}`,
    )
    // A capacity is not a count of records: nothing to open.
    expect(within(priya).queryByRole('link', { name: /, Capacity, / })).not.toBeInTheDocument()
    expect(within(priya).getByRole('link', { name: /, Capacity used, / })).toBeInTheDocument()
  })

  it('draws allocations against the core offer for the schools the period concerns', async () => {
    await open()

    expect(
      tableCells(
        screen.getByRole('table', {
          name: 'Allocations against the core offer, schools with referrals or allocations: the figures',
        }),
      ),
    ).toEqual([['Northgate Primary School', '2', '1.0']])
    expect(tableCells(screen.getByRole('table', { name: 'Allocations by school: one row per school' }))).toEqual([
      ['Northgate Primary School', '5', '2', '1.0', '42.5'],
      ['Castleford Park Junior School', '0', '0', '1.0', '30.1'],
    ])
  })
})
