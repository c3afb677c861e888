import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { practitioners } from '../../../test/allocation-fixtures'
import { fakeApi } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { senco1, senior1 } from '../../../test/referral-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

describe('practitioners’ caseloads', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('shows each practitioner’s open cases against their capacity, flags who is full, and links to their cases', async () => {
    fakeApi({ 'GET /api/v1/me': jsonResponse(senior1), 'GET /api/v1/practitioners': jsonResponse(practitioners) })
    renderRoute('/practitioners')

    expect(await screen.findByRole('heading', { level: 1, name: 'Practitioners’ caseloads' })).toBeVisible()
    const table = screen.getByRole('table', { name: '3 practitioners' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Helen Moore',
      'Priya Shah',
      'Tom Walsh',
    ])
    const [helen, priya, tom] = rows
    expect(helen).toHaveTextContent('No area')
    expect(within(priya!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Pontefract',
      '3 of 12 cases',
      'View cases of Priya Shah',
    ])
    expect(within(priya!).queryByText('At capacity')).not.toBeInTheDocument()
    expect(tom).toHaveTextContent('12 of 12 cases')
    expect(within(tom!).getByText('At capacity')).toHaveClass('govuk-tag')
    expect(within(tom!).getByRole('link', { name: 'View cases of Tom Walsh' })).toHaveAttribute(
      'href',
      `/cases?practitioner=${practitioners[2]?.id}`,
    )
  })

  it('is only for a senior practitioner', async () => {
    const api = fakeApi({ 'GET /api/v1/me': jsonResponse(senco1) })
    renderRoute('/practitioners')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'You cannot see practitioners’ caseloads' }),
    ).toBeVisible()
    expect(api.callsTo('GET', '/api/v1/practitioners')).toHaveLength(0)
  })
})
