import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { practitioner1, supportCase } from '../../../test/allocation-fixtures'
import { fakeApi } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { senco1, senior1 } from '../../../test/referral-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const caseNumber = (n: number) => ({
  id: `5c3e2d10-0000-4000-8000-00000000000${n}`,
  reference: `TA-2026-00000${n}`,
  childName: `Child${n} Example`,
})

/** Today is Thursday 26 November 2026. */
const firstContactDue = supportCase({ ...caseNumber(1), firstContactDue: '2026-12-01' })
const firstContactOverdue = supportCase({
  ...caseNumber(2),
  allocatedOn: '2026-11-12',
  firstContactDue: '2026-11-19',
  firstContactStatus: 'OVERDUE',
})
const active = {
  state: 'ACTIVE',
  allocatedOn: '2026-10-01',
  firstContactDue: '2026-10-08',
  firstContactOn: '2026-10-05',
  firstContactStatus: 'MET',
} as const
const reviewDue = supportCase({ ...caseNumber(3), ...active, nextReviewDue: '2027-01-07' })
const reviewOverdue = supportCase({ ...caseNumber(4), ...active, nextReviewDue: '2026-11-23' })
const reviewDueToday = supportCase({ ...caseNumber(5), ...active, nextReviewDue: '2026-11-26' })
const reviewsEnded = supportCase({ ...caseNumber(6), ...active, firstContactStatus: 'MISSED' })
const closed = supportCase({ ...caseNumber(7), ...active, state: 'CLOSED' })

async function openHomeAs(me: typeof practitioner1, cases = [firstContactDue]) {
  const api = fakeApi({ 'GET /api/v1/me': jsonResponse(me), 'GET /api/v1/cases': jsonResponse(cases) })
  renderRoute('/')
  await screen.findByRole('heading', { level: 1, name: me.name })
  return api
}

const nextActions = () => screen.getByRole('table', { name: /open cases?, the soonest due first/ })

const rowTexts = () =>
  within(nextActions())
    .getAllByRole('row')
    .slice(1)
    .map((row) => [
      within(row).getByRole('rowheader').textContent,
      ...within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ])

describe('a practitioner’s next actions on the home page', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-26T10:00:00Z'))
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('lists each open case with what it waits for next, the soonest due first, and leaves closed cases out', async () => {
    await openHomeAs(practitioner1, [
      reviewDue,
      closed,
      firstContactDue,
      reviewsEnded,
      reviewOverdue,
      firstContactOverdue,
      reviewDueToday,
    ])

    expect(await screen.findByRole('heading', { level: 2, name: 'Your next actions' })).toBeVisible()
    expect(nextActions()).toHaveAccessibleName('6 open cases, the soonest due first')
    expect(within(nextActions()).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Child',
      'Reference',
      'Next action',
    ])
    expect(rowTexts()).toEqual([
      ['Child2 Example, case TA-2026-000002', 'TA-2026-000002', 'First contact due 19 November 2026Overdue'],
      ['Child4 Example, case TA-2026-000004', 'TA-2026-000004', 'Review due 23 November 2026Overdue'],
      ['Child5 Example, case TA-2026-000005', 'TA-2026-000005', 'Review due 26 November 2026'],
      ['Child1 Example, case TA-2026-000001', 'TA-2026-000001', 'First contact due 1 December 2026'],
      ['Child3 Example, case TA-2026-000003', 'TA-2026-000003', 'Review due 7 January 2027'],
      ['Child6 Example, case TA-2026-000006', 'TA-2026-000006', 'Close the case'],
    ])
    expect(screen.queryByText(/Child7 Example/)).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Child2 Example, case TA-2026-000002' })).toHaveAttribute(
      'href',
      `/cases/${firstContactOverdue.id}`,
    )
  })

  it('marks an overdue action with a red tag that says so', async () => {
    await openHomeAs(practitioner1, [firstContactOverdue, firstContactDue])

    const [overdue, due] = within(await screen.findByRole('table')).getAllByRole('row').slice(1)
    expect(within(overdue!).getByText('Overdue')).toHaveClass('govuk-tag', 'govuk-tag--red')
    expect(within(due!).queryByText('Overdue')).not.toBeInTheDocument()
  })

  it('says when there is no open case', async () => {
    await openHomeAs(practitioner1, [closed])

    expect(await screen.findByText('You have no open cases.')).toBeVisible()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Your cases' })).toBeVisible()
  })

  it('shows a senior who holds cases the next actions of their own cases only', async () => {
    const api = await openHomeAs(senior1)

    expect(await screen.findByRole('heading', { level: 2, name: 'Your next actions' })).toBeVisible()
    expect(api.callsTo('GET', '/api/v1/cases')[0]?.url.searchParams.get('practitionerId')).toBe(senior1.id)
  })

  it('is not on the home page of anyone who holds no cases', async () => {
    const api = await openHomeAs(senco1)

    expect(screen.getByRole('link', { name: 'Refer a child' })).toBeVisible()
    expect(screen.queryByRole('heading', { name: 'Your next actions' })).not.toBeInTheDocument()
    expect(api.callsTo('GET', '/api/v1/cases')).toHaveLength(0)
  })
})
