import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CASE_ID, practitioner1, supportCase } from '../../../test/allocation-fixtures'
import { closure } from '../../../test/case-work-fixtures'
import { fakeApi } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { jsonResponse, renderRoute } from '../../../test/render'
import type { Case, Closure } from '../api/types'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const casePath = `/api/v1/cases/${CASE_ID}`

async function openWith(found: Case, closures: Closure[]) {
  fakeApi({
    'GET /api/v1/me': jsonResponse(practitioner1),
    [`GET ${casePath}`]: jsonResponse(found),
    [`GET ${casePath}/closure`]: jsonResponse(closures[0]),
    [`GET ${casePath}/closures`]: jsonResponse(closures),
    [`GET ${casePath}/groups`]: jsonResponse([]),
    [`GET ${casePath}/audits`]: jsonResponse([]),
  })
  renderRoute(`/cases/${CASE_ID}`)
  await screen.findByRole('heading', { level: 2, name: 'Summary' })
}

const reopenedOnce = closure({
  closedOn: '2026-11-26',
  reason: 'DISENGAGED',
  closedAt: '2026-11-26T16:00:00Z',
  reopened: { at: '2026-12-03T11:00:00Z', by: 'Helen Moore', reason: 'The family asked for help again.' },
})

describe('a case’s closures on its summary', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('lists every closure of a case that was reopened, latest first, with who reopened it, when and why', async () => {
    await openWith(supportCase({ state: 'CLOSED', firstContactStatus: 'MET' }), [
      closure({ closedOn: '2027-01-14', closedAt: '2027-01-14T16:00:00Z' }),
      reopenedOnce,
    ])

    expect(await screen.findByRole('heading', { level: 2, name: 'Closures' })).toBeVisible()
    const table = screen.getByRole('table', { name: 'Closed 2 times, the latest first' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['14 January 2027', 'Outcomes achieved', 'Not reopened'],
      [
        '26 November 2026',
        'The family disengaged',
        'Reopened on 3 December 2026 by Helen Moore: The family asked for help again.',
      ],
    ])
  })

  it('shows an open case’s closures once it was reopened', async () => {
    await openWith(supportCase({ state: 'ACTIVE', firstContactStatus: 'MET' }), [reopenedOnce])

    expect(await screen.findByRole('table', { name: 'Closed once, the latest first' })).toBeVisible()
    expect(screen.queryByRole('heading', { level: 2, name: 'Closure' })).not.toBeInTheDocument()
  })

  it('lists nothing more for a case closed once: its closure shows in full', async () => {
    await openWith(supportCase({ state: 'CLOSED', firstContactStatus: 'MET' }), [closure()])

    expect(await screen.findByRole('heading', { level: 2, name: 'Closure' })).toBeVisible()
    expect(screen.queryByRole('heading', { name: 'Closures' })).not.toBeInTheDocument()
  })
})
