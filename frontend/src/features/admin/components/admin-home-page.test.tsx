import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { admin1 } from '../../../test/admin-fixtures'
import { fakeApi, problem } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { senior1 } from '../../../test/referral-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

describe('service configuration', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('links to each part of the configuration, saying what it is for', async () => {
    fakeApi({ 'GET /api/v1/me': jsonResponse(admin1) })
    renderRoute('/admin')

    expect(await screen.findByRole('heading', { level: 1, name: 'Service configuration' })).toBeVisible()
    expect(document.title).toBe('Service configuration – TeamAround')
    const links = within(screen.getByRole('main')).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Schools', '/admin/schools'],
      ['Eligibility rules', '/admin/eligibility-rules'],
      ['Areas and triage meetings', '/admin/areas'],
      ['Practitioners', '/admin/practitioners'],
      ['Configuration history', '/admin/changes'],
    ])
    expect(screen.getByText(/import them from a CSV file/)).toBeVisible()
  })

  it('is not for anyone but the administrator, and asks the API nothing', async () => {
    const api = fakeApi({ 'GET /api/v1/me': jsonResponse(senior1) })
    renderRoute('/admin/schools')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'You cannot change the service’s configuration' }),
    ).toBeVisible()
    expect(api.callsTo('GET', '/api/v1/schools')).toHaveLength(0)
  })

  it('says the same when the API refuses (403)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    fakeApi({
      'GET /api/v1/me': jsonResponse(admin1),
      'GET /api/v1/eligibility-rules': problem(403, 'Forbidden'),
    })
    renderRoute('/admin/eligibility-rules')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'You cannot change the service’s configuration' }),
    ).toBeVisible()
  })
})
