import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { practitioner1, practitioners, supportCase } from '../../../test/allocation-fixtures'
import { fakeApi } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { senco1, senior1 } from '../../../test/referral-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const tom = practitioners[2]!
const waitingTooLong = supportCase({ firstContactStatus: 'OVERDUE' })
const started = supportCase({
  id: '5c3e2d10-0000-4000-8000-000000000002',
  reference: 'TA-2026-000002',
  childName: 'Child2 Example',
  schoolName: 'Southfield Academy',
  state: 'ACTIVE',
  allocatedOn: '2026-11-20',
  firstContactDue: '2026-11-27',
  firstContactOn: '2026-11-25',
  firstContactStatus: 'MET',
  firstContactWorkingDays: 3,
})
const dueLater = supportCase({
  id: '5c3e2d10-0000-4000-8000-000000000003',
  reference: 'TA-2026-000003',
  childName: undefined,
  allocatedOn: '2026-12-02',
  firstContactDue: '2026-12-09',
})

describe('the cases list', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('shows a practitioner their cases, with each state and a first contact the API says is overdue', async () => {
    const api = fakeApi({
      'GET /api/v1/me': jsonResponse(practitioner1),
      'GET /api/v1/cases': jsonResponse([dueLater, waitingTooLong, started]),
    })
    renderRoute('/cases')

    expect(await screen.findByRole('heading', { level: 1, name: 'Your cases' })).toBeVisible()
    expect(document.title).toBe('Your cases – TeamAround')
    const table = screen.getByRole('table', { name: '3 cases' })
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Child',
      'Reference',
      'School',
      'State',
      'Allocated on',
      'First contact due',
    ])
    const [later, overdue, active] = within(table).getAllByRole('row').slice(1)
    expect(within(overdue!).getByRole('link', { name: 'Child1 Example, case TA-2026-000001' })).toHaveAttribute(
      'href',
      `/cases/${waitingTooLong.id}`,
    )
    expect(within(overdue!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'TA-2026-000001',
      'Northgate Primary School',
      'Allocated',
      '24 November 2026',
      '1 December 2026Overdue',
    ])
    expect(within(overdue!).getByText('Overdue')).toHaveClass('govuk-tag--red')
    expect(within(later!).getByRole('link', { name: 'Child not named, case TA-2026-000003' })).toBeVisible()
    expect(later).toHaveTextContent('9 December 2026')
    expect(within(later!).queryByText('Overdue')).not.toBeInTheDocument()
    expect(within(active!).getByText('Active')).toHaveClass('govuk-tag--green')
    expect(within(active!).queryByText('Overdue')).not.toBeInTheDocument()
    expect(api.calls.find((call) => call.path === '/api/v1/cases')?.url.search).toBe('')
  })

  it('tells a practitioner when they have no cases', async () => {
    fakeApi({ 'GET /api/v1/me': jsonResponse(practitioner1), 'GET /api/v1/cases': jsonResponse([]) })
    renderRoute('/cases')

    expect(await screen.findByText('You have no cases yet.')).toBeVisible()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  it('shows a senior one practitioner’s cases by name', async () => {
    const api = fakeApi({
      'GET /api/v1/me': jsonResponse(senior1),
      'GET /api/v1/practitioners': jsonResponse(practitioners),
      'GET /api/v1/cases': jsonResponse([]),
    })
    renderRoute(`/cases?practitioner=${tom.id}`)

    expect(await screen.findByRole('heading', { level: 1, name: 'Tom Walsh’s cases' })).toBeVisible()
    expect(screen.getByText('Tom Walsh has no cases.')).toBeVisible()
    expect(api.callsTo('GET', '/api/v1/cases')[0]?.url.searchParams.get('practitionerId')).toBe(tom.id)
  })

  it('shows a senior their own cases as theirs', async () => {
    fakeApi({ 'GET /api/v1/me': jsonResponse(senior1), 'GET /api/v1/cases': jsonResponse([waitingTooLong]) })
    renderRoute(`/cases?practitioner=${senior1.id}`)

    expect(await screen.findByRole('heading', { level: 1, name: 'Your cases' })).toBeVisible()
  })

  it('shows a senior every case, with whose each is', async () => {
    fakeApi({
      'GET /api/v1/me': jsonResponse(senior1),
      'GET /api/v1/cases': jsonResponse([waitingTooLong, { ...started, practitionerName: 'Tom Walsh' }]),
    })
    renderRoute('/cases')

    expect(await screen.findByRole('heading', { level: 1, name: 'All cases' })).toBeVisible()
    const table = screen.getByRole('table', { name: '2 cases' })
    expect(within(table).getByRole('columnheader', { name: 'Practitioner' })).toBeVisible()
    expect(within(table).getByRole('row', { name: /Child2 Example/ })).toHaveTextContent('Tom Walsh')
  })

  it('is not for a school’s referrer', async () => {
    const api = fakeApi({ 'GET /api/v1/me': jsonResponse(senco1) })
    renderRoute('/cases')

    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot see cases' })).toBeVisible()
    expect(api.callsTo('GET', '/api/v1/cases')).toHaveLength(0)
  })
})
