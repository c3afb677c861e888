import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { admin1, configChange, rules } from '../../../test/admin-fixtures'
import { fakeApi } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { jsonResponse, renderRoute } from '../../../test/render'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const changes = [
  configChange(3, { at: '2026-11-24T14:05:00Z' }),
  configChange(2, {
    at: '2026-11-24T10:00:00Z',
    entity: 'AREA',
    entityKey: 'Pontefract',
    field: 'triageCadence.weekday',
    oldValue: 'FRIDAY',
    newValue: 'THURSDAY',
  }),
  configChange(1, {
    at: '2026-11-20T09:30:00Z',
    username: undefined,
    userId: 'service-account',
    entity: 'SCHOOL',
    entityKey: '100013',
    field: 'vulnerability.senPercent',
    oldValue: undefined,
    newValue: '18.5',
  }),
]

describe('the configuration history', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('shows who changed what, when, from what to what, newest first', async () => {
    const api = fakeApi({
      'GET /api/v1/me': jsonResponse(admin1),
      'GET /api/v1/eligibility-rules': jsonResponse(rules),
      'GET /api/v1/config-changes': jsonResponse({ items: changes, page: 0, size: 50, total: 3 }),
    })
    renderRoute('/admin/changes')

    const table = await screen.findByRole('table', { name: '3 changes' })
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'When',
      'Who',
      'What',
      'Setting',
      'From',
      'To',
    ])
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent)),
    ).toEqual([
      [
        '24 November 2026 at 2:05pm',
        'admin1',
        'Eligibility rule: Social, emotional and mental health is the primary need',
        'Checked at triage',
        'Yes',
        'No',
      ],
      ['24 November 2026 at 10:00am', 'admin1', 'Area Pontefract', 'Meeting day', 'Friday', 'Thursday'],
      ['20 November 2026 at 9:30am', 'service-account', 'School 100013', 'SEN, % of roll', 'None', '18.5%'],
    ])
    expect(api.callsTo('GET', '/api/v1/config-changes')[0]?.url.search).toBe('?page=0&size=50')
  })

  it('pages through the history in the address', async () => {
    const api = fakeApi({
      'GET /api/v1/me': jsonResponse(admin1),
      'GET /api/v1/eligibility-rules': jsonResponse(rules),
      'GET /api/v1/config-changes': jsonResponse({ items: changes, page: 1, size: 50, total: 103 }),
    })
    renderRoute('/admin/changes?page=2')

    expect(await screen.findByRole('table', { name: '103 changes, page 2 of 3' })).toBeVisible()
    expect(api.callsTo('GET', '/api/v1/config-changes')[0]?.url.search).toBe('?page=1&size=50')
    expect(screen.getByRole('link', { name: /^Previous\s*page$/ })).toHaveAttribute('href', '/admin/changes?page=1')
  })
})
