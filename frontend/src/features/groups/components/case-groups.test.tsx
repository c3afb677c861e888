import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CASE_ID, practitioner1, supportCase } from '../../../test/allocation-fixtures'
import { fakeApi } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { caseGroup, GROUP_ID } from '../../../test/group-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'
import type { CaseGroup } from '../api/types'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const casePath = `/api/v1/cases/${CASE_ID}`

async function openWith(groups: CaseGroup[]) {
  fakeApi({
    'GET /api/v1/me': jsonResponse(practitioner1),
    [`GET ${casePath}`]: jsonResponse(supportCase({ state: 'ACTIVE', firstContactStatus: 'MET' })),
    [`GET ${casePath}/groups`]: jsonResponse(groups),
    [`GET ${casePath}/audits`]: jsonResponse([]),
    [`GET ${casePath}/closures`]: jsonResponse([]),
  })
  renderRoute(`/cases/${CASE_ID}`)
  await screen.findByRole('heading', { level: 2, name: 'Summary' })
}

describe('a case’s groups on its summary', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('shows each group the case is in, its term and the sessions attended of those held', async () => {
    await openWith([
      caseGroup(),
      caseGroup({
        groupId: '9a0b0000-0000-4000-8000-000000000002',
        name: 'Children’s group',
        kind: 'CHILDREN',
        halfTerm: 'AUTUMN_1',
        sessionsHeld: 4,
        sessionsAttended: 3,
      }),
    ])

    const table = await screen.findByRole('table', { name: 'In 2 groups' })
    expect(screen.getByRole('heading', { level: 2, name: 'Groups' })).toBeVisible()
    expect(within(table).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual([
      'Pontefract parents’ groupParents’ groupAutumn 2 2026/271 of 1 session',
      'Children’s groupChildren’s groupAutumn 1 2026/273 of 4 sessions',
    ])
    expect(within(table).getByRole('link', { name: 'Pontefract parents’ group' })).toHaveAttribute(
      'href',
      `/groups/${GROUP_ID}`,
    )
  })

  it('shows nothing of groups while the case is in none', async () => {
    await openWith([])

    expect(screen.queryByRole('heading', { name: 'Groups' })).not.toBeInTheDocument()
  })
})
