import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CASE_ID, practitioner1 } from '../../../test/allocation-fixtures'
import { fakeApi } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { group, GROUP_ID, member, secondMember } from '../../../test/group-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'
import { summaryValue } from '../../../test/summary-list'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const recorded = { recordedByName: 'Priya Shah', recordedAt: '2026-11-26T15:00:00Z' }

const cells = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent))

describe('a group', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('shows its register with each case’s attendance, and its sessions, latest first, with who attended', async () => {
    fakeApi({
      'GET /api/v1/me': jsonResponse(practitioner1),
      [`GET /api/v1/groups/${GROUP_ID}`]: jsonResponse(
        group({
          members: [member({ attended: 2 }), secondMember()],
          sessions: [
            { id: 's2', heldOn: '2026-11-26', topic: 'Bedtimes', attended: [CASE_ID], ...recorded },
            { id: 's1', heldOn: '2026-11-19', attended: [CASE_ID], ...recorded },
          ],
        }),
      ),
    })
    renderRoute(`/groups/${GROUP_ID}`)

    expect(await screen.findByRole('heading', { level: 1, name: 'Pontefract parents’ group' })).toBeVisible()
    expect(document.title).toBe('Pontefract parents’ group – TeamAround')
    expect(screen.getByText('Parents’ group', { selector: '.govuk-caption-l' })).toBeVisible()
    expect(summaryValue('Area')).toHaveTextContent('Pontefract')
    expect(summaryValue('Term')).toHaveTextContent('Autumn 2 2026/27')
    expect(summaryValue('Set up by')).toHaveTextContent('Priya Shah')
    expect(cells(screen.getByRole('table', { name: '2 cases' }))).toEqual([
      ['Child1 Example', 'TA-2026-000001', 'Priya Shah', '2 of 2'],
      ['Child2 Example', 'TA-2026-000002', 'Tom Walsh', '0 of 2'],
    ])
    expect(cells(screen.getByRole('table', { name: '2 sessions, the latest first' }))).toEqual([
      ['26 November 2026', 'Bedtimes', 'Child1 Example'],
      ['19 November 2026', 'No topic recorded', 'Child1 Example'],
    ])
    expect(screen.getByRole('button', { name: 'Add a case' })).toHaveAttribute(
      'href',
      `/groups/${GROUP_ID}/members/new`,
    )
    expect(screen.getByRole('button', { name: 'Record a session' })).toHaveAttribute(
      'href',
      `/groups/${GROUP_ID}/sessions/new`,
    )
  })

  it('says when no session has been recorded', async () => {
    fakeApi({
      'GET /api/v1/me': jsonResponse(practitioner1),
      [`GET /api/v1/groups/${GROUP_ID}`]: jsonResponse(group()),
    })
    renderRoute(`/groups/${GROUP_ID}`)

    expect(await screen.findByText('No sessions have been recorded yet.')).toBeVisible()
    expect(cells(screen.getByRole('table', { name: '1 case' }))).toEqual([
      ['Child1 Example', 'TA-2026-000001', 'Priya Shah', '0 of 0'],
    ])
  })
})
