import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CASE_ID } from '../../../test/allocation-fixtures'
import { fakeApi } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { invitedCase, partner1 } from '../../../test/partner-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'
import type { InvitedCase } from '../api/types'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

function openHomeWith(invited: InvitedCase[]) {
  const api = fakeApi({ 'GET /api/v1/me': jsonResponse(partner1), 'GET /api/v1/invited-cases': jsonResponse(invited) })
  renderRoute('/')
  return api
}

describe('a partner’s home page', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('lists the cases they are invited to, and until when, the invitation ending soonest first', async () => {
    const api = openHomeWith([
      invitedCase(),
      invitedCase({
        caseId: '5c3e2d10-0000-4000-8000-000000000002',
        reference: 'TA-2026-000002',
        childName: 'Child2 Example',
        schoolName: 'Castleford Park Junior School',
        practitionerName: 'Tom Walsh',
        until: '2027-01-31',
      }),
    ])

    expect(await screen.findByRole('heading', { level: 2, name: 'Cases you are invited to' })).toBeVisible()
    const table = screen.getByRole('table', { name: '2 cases, the invitation ending soonest first' })
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Child',
      'Reference',
      'School',
      'Practitioner',
      'Invited until',
    ])
    const [first, second] = within(table).getAllByRole('row').slice(1)
    expect(within(first!).getByRole('link', { name: 'Child1 Example, case TA-2026-000001' })).toHaveAttribute(
      'href',
      `/invited-cases/${CASE_ID}`,
    )
    expect(within(first!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'TA-2026-000001',
      'Northgate Primary School',
      'Priya Shah',
      '24 December 2026',
    ])
    expect(second).toHaveTextContent('31 January 2027')
    expect(screen.getByRole('link', { name: 'Triage meetings you attend' })).toBeVisible()
    expect(screen.queryByRole('heading', { name: 'Your next actions' })).not.toBeInTheDocument()
    expect(api.callsTo('GET', '/api/v1/cases')).toHaveLength(0)
  })

  it('says when they are invited to no case', async () => {
    openHomeWith([])

    expect(await screen.findByText('You are not invited to any case at the moment.')).toBeVisible()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })
})
