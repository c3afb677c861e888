import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { practitioner1 } from '../../../test/allocation-fixtures'
import { fakeApi } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { areas, GROUP_ID, groupSummary } from '../../../test/group-fixtures'
import { senco1 } from '../../../test/referral-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

function answerWith() {
  return fakeApi({
    'GET /api/v1/me': jsonResponse(practitioner1),
    'GET /api/v1/areas': jsonResponse(areas),
    'GET /api/v1/groups': (call) =>
      jsonResponse(
        call.url.search === ''
          ? [
              groupSummary({ sessions: 3 }),
              groupSummary({
                id: '9a0b0000-0000-4000-8000-000000000002',
                name: 'Castleford children’s group',
                kind: 'CHILDREN',
                areaName: 'Castleford',
                halfTerm: 'AUTUMN_1',
                members: 4,
              }),
            ]
          : [],
      ),
  })
}

describe('the groups', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-26T10:00:00Z'))
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('lists every group, the latest half term first, each leading to its register', async () => {
    answerWith()
    renderRoute('/groups')

    const table = await screen.findByRole('table', { name: '2 groups, the latest half term first' })
    expect(document.title).toBe('Groups – TeamAround')
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'GroupKindAreaTermCasesSessions',
      'Pontefract parents’ groupParents’ groupPontefractAutumn 2 2026/2713',
      'Castleford children’s groupChildren’s groupCastlefordAutumn 1 2026/2740',
    ])
    expect(within(table).getByRole('link', { name: 'Pontefract parents’ group' })).toHaveAttribute(
      'href',
      `/groups/${GROUP_ID}`,
    )
    expect(screen.getByRole('button', { name: 'Set up a group' })).toHaveAttribute('href', '/groups/new')
  })

  it('filters by school year, half term and area through the address', async () => {
    const api = answerWith()
    renderRoute('/groups')
    await screen.findByRole('table')

    expect(
      within(screen.getByRole('combobox', { name: 'School year' }))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Any', '2027/28', '2026/27', '2025/26'])
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'School year' }), '2026/27')
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Half term' }), 'Autumn 1')
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Area' }), 'Castleford')
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }))

    expect(await screen.findByText(/No groups match/)).toBeVisible()
    const asked = api.callsTo('GET', '/api/v1/groups').at(-1)!.url.searchParams
    expect(Object.fromEntries(asked)).toEqual({ schoolYear: '2026/27', halfTerm: 'AUTUMN_1', areaId: areas[0]!.id })
    expect(screen.getByRole('combobox', { name: 'Half term' })).toHaveValue('AUTUMN_1')
    expect(screen.getByRole('link', { name: 'Clear the filters' })).toHaveAttribute('href', '/groups')
  })

  it('is for practitioners and seniors', async () => {
    fakeApi({ 'GET /api/v1/me': jsonResponse(senco1) })
    renderRoute('/groups')

    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot run groups' })).toBeVisible()
  })
})
