import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CASE_ID, practitioner1, supportCase } from '../../../test/allocation-fixtures'
import { fakeApi } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { jsonResponse, renderRoute } from '../../../test/render'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const casePath = `/api/v1/cases/${CASE_ID}`

describe('a case’s history', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('lists every step in words, latest first, with who took it', async () => {
    fakeApi({
      'GET /api/v1/me': jsonResponse(practitioner1),
      [`GET ${casePath}`]: jsonResponse(supportCase({ state: 'CLOSED' })),
      [`GET ${casePath}/history`]: jsonResponse([
        { at: '2026-12-10T10:00:00Z', by: 'Priya Shah', what: 'CLOSED', detail: 'Outcomes achieved' },
        { at: '2026-11-26T15:30:00Z', by: 'Priya Shah', what: 'CONTACT_RECORDED', detail: 'Home visit on 2026-11-26' },
        { at: '2026-11-24T09:00:00Z', by: 'Helen Moore', what: 'ALLOCATED', detail: 'Priya Shah' },
      ]),
    })
    renderRoute(`/cases/${CASE_ID}/history`)

    expect(await screen.findByRole('heading', { level: 2, name: 'History' })).toBeVisible()
    expect(
      within(screen.getByRole('navigation', { name: 'Case' })).getByRole('link', { name: 'History' }),
    ).toHaveAttribute('aria-current', 'page')
    const table = screen.getByRole('table', { name: '3 steps, latest first' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['Closed', 'Outcomes achieved', 'Priya Shah'],
      ['Contact recorded', 'Home visit on 2026-11-26', 'Priya Shah'],
      ['Allocated', 'Priya Shah', 'Helen Moore'],
    ])
  })
})
