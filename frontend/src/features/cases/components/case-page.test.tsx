import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CASE_ID, practitioner1, supportCase } from '../../../test/allocation-fixtures'
import { fakeApi } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { senior1 } from '../../../test/referral-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'
import { summaryValue } from '../../../test/summary-list'
import type { Case } from '../api/types'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const casePath = `/api/v1/cases/${CASE_ID}`

async function openAs(me: typeof practitioner1, found: Case) {
  const api = fakeApi({ 'GET /api/v1/me': jsonResponse(me), [`GET ${casePath}`]: jsonResponse(found) })
  renderRoute(`/cases/${CASE_ID}`)
  expect(await screen.findByRole('heading', { level: 1, name: 'Child1 Example' })).toBeVisible()
  return api
}

describe('a case’s summary', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('shows the practitioner the child, the school, the state and when the first contact is due', async () => {
    await openAs(practitioner1, supportCase())

    expect(screen.getByText('Case TA-2026-000001')).toHaveClass('govuk-caption-l')
    expect(document.title).toBe('Child1 Example – TeamAround')
    expect(summaryValue('School')).toHaveTextContent('Northgate Primary School')
    expect(summaryValue('Practitioner')).toHaveTextContent('Priya Shah')
    expect(summaryValue('State')).toHaveTextContent('Allocated')
    expect(summaryValue('Allocated on')).toHaveTextContent('24 November 2026')
    expect(summaryValue('First contact')).toHaveTextContent(/^Due by Tuesday 1 December 2026$/)
    expect(screen.queryByText('Reason for allocating beyond capacity')).not.toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to your cases' })).toHaveAttribute('href', '/cases')
  })

  it('leads to the case’s contacts and assessment, marking the summary as the page shown', async () => {
    await openAs(practitioner1, supportCase())

    const navigation = screen.getByRole('navigation', { name: 'Case' })
    const links = within(navigation).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Summary', `/cases/${CASE_ID}`],
      ['Contacts', `/cases/${CASE_ID}/contacts`],
      ['Assessment', `/cases/${CASE_ID}/assessment`],
    ])
    expect(within(navigation).getByRole('link', { name: 'Summary' })).toHaveAttribute('aria-current', 'page')
    expect(within(navigation).getByRole('link', { name: 'Contacts' })).not.toHaveAttribute('aria-current')
  })

  it('shows a senior why the case went beyond capacity, an overdue first contact, and the way to its practitioner’s cases', async () => {
    const found = supportCase({
      overrideReason: 'Priya knows the family from a sibling’s case.',
      firstContactStatus: 'OVERDUE',
    })
    await openAs(senior1, found)

    expect(summaryValue('Reason for allocating beyond capacity')).toHaveTextContent(
      'Priya knows the family from a sibling’s case.',
    )
    expect(summaryValue('First contact')).toHaveTextContent('Due by Tuesday 1 December 2026Overdue')
    expect(within(summaryValue('First contact')).getByText('Overdue')).toHaveClass('govuk-tag--red')
    expect(screen.getByRole('link', { name: 'Back to Priya Shah’s cases' })).toHaveAttribute(
      'href',
      `/cases?practitioner=${practitioner1.id}`,
    )
  })

  it('says when the first contact was made within 5 working days', async () => {
    await openAs(
      practitioner1,
      supportCase({
        state: 'ACTIVE',
        firstContactOn: '2026-11-26',
        firstContactStatus: 'MET',
        firstContactWorkingDays: 2,
      }),
    )

    expect(summaryValue('State')).toHaveTextContent('Active')
    expect(summaryValue('First contact')).toHaveTextContent(
      /^Made on 26 November 2026 – within 5 working days \(2 working days\)$/,
    )
  })

  it('says when the first contact was late', async () => {
    await openAs(
      practitioner1,
      supportCase({
        state: 'ACTIVE',
        firstContactOn: '2026-12-03',
        firstContactStatus: 'MISSED',
        firstContactWorkingDays: 7,
      }),
    )

    expect(summaryValue('First contact')).toHaveTextContent(/^Made on 3 December 2026 – late \(7 working days\)$/)
    expect(screen.queryByText('Overdue')).not.toBeInTheDocument()
  })

  it('goes to the contacts from its navigation', async () => {
    const api = await openAs(practitioner1, supportCase())
    api.on(`GET ${casePath}/contacts`, jsonResponse([]))

    await userEvent.click(within(screen.getByRole('navigation', { name: 'Case' })).getByRole('link', { name: 'Contacts' }))

    expect(await screen.findByRole('heading', { level: 2, name: 'Contacts' })).toBeVisible()
    expect(document.title).toBe('Contacts – Child1 Example – TeamAround')
  })

  it('is not found outside the caller’s cases', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    fakeApi({ 'GET /api/v1/me': jsonResponse(practitioner1) })
    renderRoute(`/cases/${CASE_ID}`)

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  })
})
