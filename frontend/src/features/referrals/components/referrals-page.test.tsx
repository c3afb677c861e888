import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, type ApiCall } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { jsonResponse, renderRoute } from '../../../test/render'
import { senco1, senior1, summary } from '../../../test/referral-fixtures'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

/** 45 referrals in pages of 20, as the API would page them. */
function referralsApi({ url }: ApiCall) {
  const page = Number(url.searchParams.get('page'))
  const all = Array.from({ length: 45 }, (_, index) =>
    summary(
      index + 1,
      index === 0
        ? { state: 'SUBMITTED', safeguardingNeedsAttention: true }
        : index === 1
          ? { state: 'INFO_REQUESTED' }
          : {},
    ),
  )
  return jsonResponse({ items: all.slice(page * 20, page * 20 + 20), page, size: 20, total: all.length })
}

describe('the referrals list', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('shows a referrer their school’s referrals with state tags, and pages through them', async () => {
    const api = fakeApi({ 'GET /api/v1/me': jsonResponse(senco1), 'GET /api/v1/referrals': referralsApi })
    renderRoute('/referrals')

    expect(await screen.findByRole('heading', { level: 1, name: 'Your school’s referrals' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Refer a child' })).toHaveAttribute('href', '/referrals/new')
    const table = await screen.findByRole('table', { name: '45 referrals, page 1 of 3' })
    expect(within(table).queryByRole('columnheader', { name: 'School' })).not.toBeInTheDocument()
    const first = within(table).getByRole('row', { name: /Child1 Example/ })
    expect(within(first).getByText('Submitted')).toHaveClass('govuk-tag', 'govuk-tag--blue')
    expect(within(first).getByText('Safeguarding: needs attention')).toHaveClass('govuk-tag--red')
    expect(within(first).getByRole('link', { name: 'Child1 Example, referral TA-2026-000001' })).toHaveAttribute(
      'href',
      '/referrals/0b9e7c1e-4f0a-4c61-9d77-3f1f5a2c0001',
    )
    const second = within(table).getByRole('row', { name: /Child2 Example/ })
    expect(within(second).getByText('Information requested')).toHaveClass('govuk-tag--orange')
    expect(within(table).getAllByText('Draft')[0]).toHaveClass('govuk-tag--grey')

    const pagination = screen.getByRole('navigation', { name: 'Pagination' })
    expect(within(pagination).getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page')
    await userEvent.click(within(pagination).getByRole('link', { name: /^Next\s*page$/ }))

    expect(await screen.findByRole('table', { name: '45 referrals, page 2 of 3' })).toBeInTheDocument()
    expect(screen.getByRole('row', { name: /Child21 Example/ })).toBeInTheDocument()
    expect(api.calls.at(-1)?.url.searchParams.get('page')).toBe('1')
    expect(
      within(screen.getByRole('navigation', { name: 'Pagination' })).getByRole('link', { name: /^Previous\s*page$/ }),
    ).toBeInTheDocument()
  })

  it('filters by state and searches by the child’s name', async () => {
    const api = fakeApi({ 'GET /api/v1/me': jsonResponse(senco1), 'GET /api/v1/referrals': referralsApi })
    renderRoute('/referrals')

    await userEvent.type(await screen.findByRole('searchbox', { name: 'Child’s name' }), 'Sam')
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'Submitted')
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }))

    await vi.waitFor(() => {
      const params = api.calls.at(-1)?.url.searchParams
      expect([params?.get('q'), params?.get('state'), params?.get('page')]).toEqual(['Sam', 'SUBMITTED', '0'])
    })
    expect(screen.getByRole('searchbox', { name: 'Child’s name' })).toHaveValue('Sam')
  })

  it('shows a senior every school’s referrals, with the school, and no "Refer a child"', async () => {
    fakeApi({ 'GET /api/v1/me': jsonResponse(senior1), 'GET /api/v1/referrals': referralsApi })
    renderRoute('/referrals')

    expect(await screen.findByRole('heading', { level: 1, name: 'Referrals' })).toBeInTheDocument()
    const table = await screen.findByRole('table')
    expect(within(table).getByRole('columnheader', { name: 'School' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Refer a child' })).not.toBeInTheDocument()
  })
})
