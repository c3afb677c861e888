import { screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CASE_ID, practitioner1, supportCase } from '../../../test/allocation-fixtures'
import { fakeApi } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { senior1 } from '../../../test/referral-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'
import { summaryValue } from '../../../test/summary-list'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const casePath = `/api/v1/cases/${CASE_ID}`

describe('a case’s page', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-26T10:00:00Z'))
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('shows the practitioner the child, the school, the state and when the first contact is due', async () => {
    fakeApi({ 'GET /api/v1/me': jsonResponse(practitioner1), [`GET ${casePath}`]: jsonResponse(supportCase()) })
    renderRoute(`/cases/${CASE_ID}`)

    expect(await screen.findByRole('heading', { level: 1, name: 'Child1 Example' })).toBeVisible()
    expect(screen.getByText('Case TA-2026-000001')).toHaveClass('govuk-caption-l')
    expect(document.title).toBe('Child1 Example – TeamAround')
    expect(summaryValue('School')).toHaveTextContent('Northgate Primary School')
    expect(summaryValue('Practitioner')).toHaveTextContent('Priya Shah')
    expect(summaryValue('State')).toHaveTextContent('Allocated')
    expect(summaryValue('Allocated on')).toHaveTextContent('24 November 2026')
    expect(summaryValue('First contact due')).toHaveTextContent(/^by Tuesday 1 December 2026$/)
    expect(screen.queryByText('Reason for allocating beyond capacity')).not.toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to your cases' })).toHaveAttribute('href', '/cases')
  })

  it('shows a senior why the case went beyond capacity, an overdue first contact, and the way to its practitioner’s cases', async () => {
    vi.setSystemTime(new Date('2026-12-02T10:00:00Z'))
    const found = supportCase({ overrideReason: 'Priya knows the family from a sibling’s case.' })
    fakeApi({ 'GET /api/v1/me': jsonResponse(senior1), [`GET ${casePath}`]: jsonResponse(found) })
    renderRoute(`/cases/${CASE_ID}`)

    expect(await screen.findByRole('heading', { level: 1, name: 'Child1 Example' })).toBeVisible()
    expect(summaryValue('Reason for allocating beyond capacity')).toHaveTextContent(
      'Priya knows the family from a sibling’s case.',
    )
    expect(summaryValue('First contact due')).toHaveTextContent('by Tuesday 1 December 2026Overdue')
    expect(screen.getByRole('link', { name: 'Back to Priya Shah’s cases' })).toHaveAttribute(
      'href',
      `/cases?practitioner=${practitioner1.id}`,
    )
  })

  it('is not found outside the caller’s cases', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    fakeApi({ 'GET /api/v1/me': jsonResponse(practitioner1) })
    renderRoute(`/cases/${CASE_ID}`)

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  })
})
