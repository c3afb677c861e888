import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { practitioner1, queueItem, queuePage } from '../../../test/allocation-fixtures'
import { fakeApi } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { senior1 } from '../../../test/referral-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const queue = [
  queueItem(1),
  queueItem(2, {
    childName: undefined,
    schoolName: 'Southfield Academy',
    area: 'Castleford',
    acceptedOn: '2026-12-04',
    reason: 'Vulnerability score 61.5 (Southfield Academy); waiting 3 days',
  }),
]

describe('the allocation queue', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('lists the waiting referrals in priority order, with why each is where it is and a way to allocate it', async () => {
    fakeApi({ 'GET /api/v1/me': jsonResponse(senior1), 'GET /api/v1/allocations/queue': jsonResponse(queuePage(queue)) })
    renderRoute('/allocations')

    expect(await screen.findByRole('heading', { level: 1, name: 'Allocation queue' })).toBeVisible()
    expect(document.title).toBe('Allocation queue – TeamAround')
    const table = screen.getByRole('table', { name: '2 referrals waiting' })
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Position',
      'Child',
      'School',
      'Area',
      'Accepted on',
      'Why here',
      'Action',
    ])
    const [first, second] = within(table).getAllByRole('row').slice(1)
    expect(within(first!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Child1 ExampleTA-2026-000001',
      'Northgate Primary School',
      'Pontefract',
      '11 November 2026',
      'Core offer: Northgate Primary School has had no allocation this school year',
      'Allocate Child1 Example',
    ])
    expect(within(first!).getByRole('rowheader')).toHaveTextContent('1')
    expect(within(second!).getByRole('rowheader')).toHaveTextContent('2')
    expect(second).toHaveTextContent('Child not named')
    expect(second).toHaveTextContent('4 December 2026')
    expect(second).toHaveTextContent('Vulnerability score 61.5 (Southfield Academy); waiting 3 days')
    expect(within(first!).getByRole('link', { name: 'Allocate Child1 Example' })).toHaveAttribute(
      'href',
      `/allocations/${queue[0]?.referralId}`,
    )
    expect(within(second!).getByRole('link', { name: 'Allocate Child not named' })).toBeVisible()
  })

  it('shows 50 at a time, the page in the address, with links to the other pages', async () => {
    const api = fakeApi({
      'GET /api/v1/me': jsonResponse(senior1),
      'GET /api/v1/allocations/queue': jsonResponse(
        queuePage([51, 52].map((n) => queueItem(n, { acceptedOn: '2026-11-20' })), { page: 1, total: 102 }),
      ),
    })
    renderRoute('/allocations?page=2')

    const table = await screen.findByRole('table', { name: '102 referrals waiting, page 2 of 3' })
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['51', '52'])
    const [asked] = api.callsTo('GET', '/api/v1/allocations/queue')
    expect(asked?.url.searchParams.get('page')).toBe('1')
    expect(asked?.url.searchParams.get('size')).toBe('50')
    const pagination = screen.getByRole('navigation', { name: 'Pagination' })
    const link = (name: RegExp) => within(pagination).getByRole('link', { name })
    expect(link(/^Previous\s*page$/)).toHaveAttribute('href', '/allocations?page=1')
    expect(link(/^Next\s*page$/)).toHaveAttribute('href', '/allocations?page=3')
  })

  it('says when no one is waiting', async () => {
    fakeApi({ 'GET /api/v1/me': jsonResponse(senior1), 'GET /api/v1/allocations/queue': jsonResponse(queuePage([])) })
    renderRoute('/allocations')

    expect(await screen.findByText('No accepted referrals are waiting for a practitioner.')).toBeVisible()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  it('is only for a senior practitioner', async () => {
    const api = fakeApi({ 'GET /api/v1/me': jsonResponse(practitioner1) })
    renderRoute('/allocations')

    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot see the allocation queue' })).toBeVisible()
    expect(screen.getByText('Only a senior practitioner can see the allocation queue.')).toBeVisible()
    expect(api.callsTo('GET', '/api/v1/allocations/queue')).toHaveLength(0)
  })
})
