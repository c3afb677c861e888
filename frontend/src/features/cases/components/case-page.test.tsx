import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CASE_ID, practitioner1, supportCase } from '../../../test/allocation-fixtures'
import { closure } from '../../../test/case-work-fixtures'
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

  it('leads to the case’s other pages, marking the summary as the page shown', async () => {
    await openAs(practitioner1, supportCase())

    const navigation = screen.getByRole('navigation', { name: 'Case' })
    const links = within(navigation).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Summary', `/cases/${CASE_ID}`],
      ['Contacts', `/cases/${CASE_ID}/contacts`],
      ['Assessment', `/cases/${CASE_ID}/assessment`],
      ['Plan', `/cases/${CASE_ID}/plan`],
      ['Reviews', `/cases/${CASE_ID}/reviews`],
      ['Partners', `/cases/${CASE_ID}/partners`],
      ['History', `/cases/${CASE_ID}/history`],
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

describe('a case’s summary through its support to closure', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2027-01-08T10:00:00Z'))
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('says when the next review is due, red once overdue, and offers to close the case', async () => {
    await openAs(
      practitioner1,
      supportCase({ state: 'ACTIVE', firstContactStatus: 'MET', nextReviewDue: '2027-01-07' }),
    )

    expect(summaryValue('Next review')).toHaveTextContent(/^Due by Thursday 7 January 2027Overdue$/)
    expect(within(summaryValue('Next review')).getByText('Overdue')).toHaveClass('govuk-tag--red')
    expect(screen.getByRole('button', { name: 'Close the case' })).toHaveAttribute('href', `/cases/${CASE_ID}/close`)
    expect(screen.queryByRole('heading', { name: 'Closure' })).not.toBeInTheDocument()
  })

  it('shows how a closed case closed: its outcomes against the referral and the feedback, and nothing to change', async () => {
    const api = fakeApi({
      'GET /api/v1/me': jsonResponse(practitioner1),
      [`GET ${casePath}`]: jsonResponse(supportCase({ state: 'CLOSED', firstContactStatus: 'MET' })),
      [`GET ${casePath}/closure`]: jsonResponse(closure()),
    })
    renderRoute(`/cases/${CASE_ID}`)

    expect(await screen.findByRole('heading', { level: 2, name: 'Closure' })).toBeVisible()
    expect(summaryValue('Reason')).toHaveTextContent('Outcomes achieved')
    expect(summaryValue('Closed on')).toHaveTextContent('26 November 2026')
    const outcomes = screen.getByRole('table', { name: 'Outcomes against the referral' })
    expect(
      within(outcomes)
        .getAllByRole('row')
        .map((row) =>
          within(row)
            .queryAllByRole('cell')
            .map((cell) => cell.textContent),
        ),
    ).toEqual([[], ['82.5%', '94.5%'], ['1', '0'], ['Yes', 'No']])
    expect(summaryValue('Still at the same school')).toHaveTextContent('Yes')
    expect(summaryValue('EHC plan issued')).toHaveTextContent('No')
    expect(summaryValue('Supporting Families headlines met')).toHaveTextContent(
      'Getting a good educationImproved family relationships',
    )
    expect(screen.getByText('“Mornings are calmer now.”')).toBeVisible()
    expect(screen.getByText('Satisfaction: 4 out of 5')).toBeVisible()
    expect(screen.queryByText('Next review')).not.toBeInTheDocument()
    expect(within(screen.getByRole('main')).queryByRole('button')).not.toBeInTheDocument()
    expect(api.callsTo('GET', `${casePath}/closure`)).toHaveLength(1)
  })
})
