import { screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { senior1 } from '../../../test/referral-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

describe('the reports', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
    // A senior without a caseload of their own: the home page has no next actions to fetch.
    fakeApi({ 'GET /api/v1/me': jsonResponse({ ...senior1, roles: ['senior'] }) })
  })

  it('are reached from a senior’s home page, each with what it shows', async () => {
    renderRoute('/')

    await userEvent.click(await screen.findByRole('link', { name: 'Reports' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Programme board reports' })).toBeVisible()
    expect(document.title).toBe('Programme board reports – TeamAround')
    const reports = screen.getAllByRole('heading', { level: 2 }).map((heading) => ({
      name: heading.textContent,
      href: heading.querySelector('a')?.getAttribute('href'),
      about: heading.nextElementSibling?.textContent,
    }))
    expect(reports.map(({ name, href }) => [name, href])).toEqual([
      ['Referral funnel', '/reports/funnel'],
      ['Timeliness', '/reports/timeliness'],
      ['Caseloads and school allocations', '/reports/caseloads'],
      ['Outcomes', '/reports/outcomes'],
    ])
    expect(reports.every(({ about }) => (about ?? '').length > 0)).toBe(true)
  })
})
