import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CASE_ID, practitioner1, supportCase } from '../../../test/allocation-fixtures'
import { fakeApi, problem } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { contribution, invitation } from '../../../test/partner-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'
import type { CaseInvitation } from '../api/types'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const casePath = `/api/v1/cases/${CASE_ID}`
const current = invitation()
const ended = invitation({
  id: '1a0b0c0d-0000-4000-8000-000000000002',
  partnerId: undefined,
  partnerName: undefined,
  agency: 'School nursing',
  from: '2026-11-10',
  endedAt: '2026-11-25T16:00:00Z',
  endedByName: 'Helen Moore',
  current: false,
})
const notStarted = invitation({
  id: '1a0b0c0d-0000-4000-8000-000000000003',
  partnerName: 'Dana Lee',
  agency: 'School nursing',
  from: '2026-12-01',
  until: '2027-01-31',
  invitedByName: 'Helen Moore',
  current: false,
})
const finished = invitation({
  id: '1a0b0c0d-0000-4000-8000-000000000004',
  from: '2026-11-02',
  until: '2026-11-20',
  current: false,
})

const active = supportCase({ state: 'ACTIVE', firstContactStatus: 'MET' })

function answerWith(invitations: CaseInvitation[], found = active) {
  return fakeApi({
    'GET /api/v1/me': jsonResponse(practitioner1),
    [`GET ${casePath}`]: jsonResponse(found),
    [`GET ${casePath}/invitations`]: jsonResponse(invitations),
    [`GET ${casePath}/contributions`]: jsonResponse([contribution()]),
  })
}

async function open() {
  renderRoute(`/cases/${CASE_ID}/partners`)
  await screen.findByRole('heading', { level: 2, name: 'Partners' })
}

/** The invitations' rows, newest first. */
const rows = () => screen.getAllByRole('row').slice(1)

describe('a case’s partners', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-26T10:00:00Z'))
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('lists who has been invited, for when, and who can see the case today', async () => {
    answerWith([notStarted, current, ended, finished])
    await open()

    expect(document.title).toBe('Partners – Child1 Example – TeamAround')
    expect(
      within(screen.getByRole('navigation', { name: 'Case' })).getByRole('link', { name: 'Partners' }),
    ).toHaveAttribute('aria-current', 'page')
    const table = screen.getByRole('table', { name: '4 invitations, newest first' })
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Invited',
      'From',
      'Until',
      'Status',
      'Invited by',
      'Action',
    ])
    const [dana, chris, school, past] = rows()
    expect(within(chris!).getByRole('rowheader')).toHaveTextContent('Chris Green (CAMHS)')
    expect(within(chris!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '24 November 2026',
      '24 December 2026',
      'Current',
      'Priya Shah',
      'End invitation of Chris Green (CAMHS)',
    ])
    expect(within(school!).getByRole('rowheader')).toHaveTextContent('Everyone at School nursing')
    expect(within(school!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '10 November 2026',
      '24 December 2026',
      'Endedon 25 November 2026 by Helen Moore',
      'Priya Shah',
      '',
    ])
    expect(within(dana!).getByText('Not started')).toHaveClass('govuk-tag--blue')
    expect(within(dana!).getByRole('button', { name: 'End invitation of Dana Lee (School nursing)' })).toBeVisible()
    expect(within(past!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '2 November 2026',
      '20 November 2026',
      'Finished',
      'Priya Shah',
      '',
    ])
    expect(screen.getByRole('button', { name: 'Invite a partner' })).toHaveAttribute(
      'href',
      `/cases/${CASE_ID}/partners/invite`,
    )
  })

  it('shows what partners have added to the case', async () => {
    answerWith([current])
    await open()

    expect(screen.getByRole('heading', { level: 2, name: 'Contributions from partners' })).toBeVisible()
    expect(screen.getByRole('heading', { level: 3, name: 'Chris Green, CAMHS' })).toBeVisible()
    expect(screen.getByText('25 November 2026 at 2:15pm')).toBeVisible()
    expect(screen.getByText(/^Seen at the CAMHS clinic in October\.\s+On the waiting list/)).toBeVisible()
  })

  it('ends an invitation: the partner can no longer see the case', async () => {
    const api = answerWith([current])
    api.on(`POST ${casePath}/invitations/${current.id}/end`, () => {
      const endedNow = { ...current, endedAt: '2026-11-26T10:00:00Z', endedByName: 'Priya Shah', current: false }
      api.on(`GET ${casePath}/invitations`, jsonResponse([endedNow]))
      return jsonResponse(endedNow)
    })
    await open()

    await userEvent.click(screen.getByRole('button', { name: 'End invitation of Chris Green (CAMHS)' }))

    const banner = await screen.findByRole('alert')
    expect(banner).toHaveTextContent('Invitation ended')
    expect(banner).toHaveTextContent('Chris Green (CAMHS) can no longer see this case.')
    expect(await within(screen.getByRole('table')).findByText('Ended')).toBeVisible()
    expect(within(screen.getByRole('table')).queryByRole('button')).not.toBeInTheDocument()
    expect(api.callsTo('POST', `${casePath}/invitations/${current.id}/end`)).toHaveLength(1)
  })

  it('says why an invitation could not be ended', async () => {
    const api = answerWith([current])
    api.on(
      `POST ${casePath}/invitations/${current.id}/end`,
      problem(409, 'Conflict', { detail: 'The invitation has already ended.', currentState: 'ENDED' }),
    )
    await open()

    await userEvent.click(screen.getByRole('button', { name: 'End invitation of Chris Green (CAMHS)' }))

    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('There is a problem')
    expect(summary).toHaveTextContent('The invitation has already ended.')
    expect(document.title).toBe('Error: Partners – Child1 Example – TeamAround')
  })

  it('invites no one to a closed case, and says when no one has been invited', async () => {
    const api = answerWith([], supportCase({ state: 'CLOSED', firstContactStatus: 'MET' }))
    api.on(`GET ${casePath}/contributions`, jsonResponse([]))
    await open()

    expect(screen.getByText('No partner has been invited to this case.')).toBeVisible()
    expect(screen.getByText('No partner has added anything to this case yet.')).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Invite a partner' })).not.toBeInTheDocument()
  })
})
