import { screen } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { components } from '../../../lib/api/schema'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { jsonResponse, renderWithQueryClient } from '../../../test/render'
import { summaryValue } from '../../../test/summary-list'
import { HomePage } from './home-page'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

type Me = components['schemas']['Me']

const senco1: Me = {
  id: '4f1c9a52-0000-4000-8000-000000000001',
  username: 'senco1',
  name: 'Sarah Cole',
  roles: ['referrer', 'default-roles-teamaround', 'offline_access'],
  schoolUrn: '100001',
  schoolName: 'Northgate Primary School',
  agency: null,
  area: null,
}

const partner1: Me = {
  id: '4f1c9a52-0000-4000-8000-000000000006',
  username: 'partner1',
  name: 'Chris Green',
  roles: ['partner'],
  schoolUrn: null,
  schoolName: null,
  agency: 'CAMHS',
  area: null,
}

function answerMeWith(me: Me) {
  vi.stubGlobal('fetch', vi.fn().mockResolvedValue(jsonResponse(me)))
}

describe('HomePage', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('shows a referrer their name, their role in plain words and their school', async () => {
    answerMeWith(senco1)
    renderWithQueryClient(<HomePage />)

    expect(await screen.findByRole('heading', { level: 1, name: 'Sarah Cole' })).toBeInTheDocument()
    expect(summaryValue('Username')).toHaveTextContent('senco1')
    expect(summaryValue('Role')).toHaveTextContent(/^School referrer \(SENCO\)$/)
    expect(summaryValue('School')).toHaveTextContent('Northgate Primary School')
    expect(summaryValue('School URN')).toHaveTextContent('100001')
    expect(screen.queryByText('Agency')).not.toBeInTheDocument()
    expect(document.title).toBe('Home – TeamAround')
  })

  it('links a referrer to referring a child and to their school’s referrals', async () => {
    answerMeWith(senco1)
    renderWithQueryClient(<HomePage />)

    expect(await screen.findByRole('link', { name: 'Refer a child' })).toHaveAttribute('href', '/referrals/new')
    expect(screen.getByRole('link', { name: 'Your school’s referrals' })).toHaveAttribute('href', '/referrals')
    expect(screen.queryByRole('link', { name: /Triage meetings/ })).not.toBeInTheDocument()
  })

  it('shows a partner their agency and no school', async () => {
    answerMeWith(partner1)
    renderWithQueryClient(<HomePage />)

    expect(await screen.findByRole('heading', { level: 1, name: 'Chris Green' })).toBeInTheDocument()
    expect(summaryValue('Role')).toHaveTextContent('Partner agency')
    expect(summaryValue('Agency')).toHaveTextContent('CAMHS')
    expect(screen.queryByText('School')).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Triage meetings you attend' })).toHaveAttribute('href', '/triage/meetings')
    expect(screen.queryByRole('link', { name: 'Referrals' })).not.toBeInTheDocument()
  })

  it('lists every role of a senior, most senior first, and their area', async () => {
    answerMeWith({ ...partner1, name: 'Helen Moore', roles: ['practitioner', 'senior'], agency: null, area: 'Pontefract' })
    renderWithQueryClient(<HomePage />)

    await screen.findByRole('heading', { level: 1, name: 'Helen Moore' })
    const roles = summaryValue('Roles')
    expect([...roles.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'Senior practitioner',
      'Family practitioner',
    ])
    expect(summaryValue('Area')).toHaveTextContent('Pontefract')
    expect(screen.getByRole('link', { name: 'Referrals' })).toHaveAttribute('href', '/referrals')
    expect(screen.getByRole('link', { name: 'Triage meetings' })).toHaveAttribute('href', '/triage/meetings')
    expect(screen.queryByRole('link', { name: 'Refer a child' })).not.toBeInTheDocument()
  })

  it('links a senior to allocation and caseloads, and to their own cases when they hold some', async () => {
    answerMeWith({ ...partner1, name: 'Helen Moore', roles: ['practitioner', 'senior'], agency: null, area: 'Pontefract' })
    renderWithQueryClient(<HomePage />)

    expect(await screen.findByRole('link', { name: 'Allocation queue' })).toHaveAttribute('href', '/allocations')
    expect(screen.getByRole('link', { name: 'Practitioners’ caseloads' })).toHaveAttribute('href', '/practitioners')
    expect(screen.getByRole('link', { name: 'Overdue reviews' })).toHaveAttribute('href', '/reviews/overdue')
    expect(screen.getByRole('link', { name: 'Case audits' })).toHaveAttribute('href', '/audits')
    expect(screen.getByRole('link', { name: 'Records due for erasure' })).toHaveAttribute('href', '/retention')
    expect(screen.getByRole('link', { name: 'Groups' })).toHaveAttribute('href', '/groups')
    expect(screen.getByRole('link', { name: 'Your cases' })).toHaveAttribute(
      'href',
      `/cases?practitioner=${partner1.id}`,
    )
    expect(screen.queryByRole('link', { name: 'Service configuration' })).not.toBeInTheDocument()
  })

  it('links a practitioner to their cases and nothing of a senior’s', async () => {
    answerMeWith({ ...partner1, name: 'Priya Shah', roles: ['practitioner'], agency: null, area: 'Pontefract' })
    renderWithQueryClient(<HomePage />)

    expect(await screen.findByRole('link', { name: 'Your cases' })).toHaveAttribute('href', '/cases')
    expect(screen.getByRole('link', { name: 'Groups' })).toHaveAttribute('href', '/groups')
    expect(screen.queryByRole('link', { name: 'Allocation queue' })).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Case audits' })).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Overdue reviews' })).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Triage meetings you attend' })).not.toBeInTheDocument()
  })

  it('links an administrator to the service’s configuration only', async () => {
    answerMeWith({ ...partner1, name: 'Alex Morgan', roles: ['admin'], agency: null })
    renderWithQueryClient(<HomePage />)

    expect(await screen.findByRole('link', { name: 'Service configuration' })).toHaveAttribute('href', '/admin')
    expect(screen.getAllByRole('link')).toHaveLength(1)
  })
})
