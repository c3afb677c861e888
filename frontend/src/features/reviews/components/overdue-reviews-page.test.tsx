import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { practitioner1 } from '../../../test/allocation-fixtures'
import { fakeApi } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { senior1 } from '../../../test/referral-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'
import type { DueReview } from '../api/types'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const mostOverdue: DueReview = {
  caseId: '5c3e2d10-0000-4000-8000-000000000004',
  reference: 'TA-2026-000004',
  childName: 'Child4 Example',
  practitionerName: 'Tom Walsh',
  nextReviewDue: '2026-11-02',
}
const lessOverdue: DueReview = {
  caseId: '5c3e2d10-0000-4000-8000-000000000002',
  reference: 'TA-2026-000002',
  practitionerName: 'Priya Shah',
  nextReviewDue: '2026-11-20',
}

describe('the service’s overdue reviews', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('shows a senior, from their home page, every case whose review is overdue, in the API’s order', async () => {
    const api = fakeApi({
      'GET /api/v1/me': jsonResponse(senior1),
      'GET /api/v1/cases': jsonResponse([]),
      'GET /api/v1/reviews': jsonResponse([mostOverdue, lessOverdue]),
    })
    renderRoute('/')
    await userEvent.click(await screen.findByRole('link', { name: 'Overdue reviews' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Overdue reviews' })).toBeVisible()
    expect(document.title).toBe('Overdue reviews – TeamAround')
    expect(api.callsTo('GET', '/api/v1/reviews')[0]?.url.searchParams.get('due')).toBe('overdue')
    const table = screen.getByRole('table', { name: '2 cases, the most overdue first' })
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Child',
      'Reference',
      'Practitioner',
      'Review due',
    ])
    const [first, second] = within(table).getAllByRole('row').slice(1)
    expect(within(first!).getByRole('link', { name: 'Child4 Example, case TA-2026-000004' })).toHaveAttribute(
      'href',
      `/cases/${mostOverdue.caseId}`,
    )
    expect(within(first!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'TA-2026-000004',
      'Tom Walsh',
      '2 November 2026Overdue',
    ])
    expect(within(first!).getByText('Overdue')).toHaveClass('govuk-tag--red')
    expect(within(second!).getByRole('link', { name: 'Child not named, case TA-2026-000002' })).toBeVisible()
  })

  it('says when no review is overdue', async () => {
    fakeApi({ 'GET /api/v1/me': jsonResponse(senior1), 'GET /api/v1/reviews': jsonResponse([]) })
    renderRoute('/reviews/overdue')

    expect(await screen.findByText('No reviews are overdue.')).toBeVisible()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  it('is for seniors: a practitioner finds their own among their next actions', async () => {
    const api = fakeApi({ 'GET /api/v1/me': jsonResponse(practitioner1) })
    renderRoute('/reviews/overdue')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'You cannot see the service’s overdue reviews' }),
    ).toBeVisible()
    expect(api.callsTo('GET', '/api/v1/reviews')).toHaveLength(0)
  })
})
