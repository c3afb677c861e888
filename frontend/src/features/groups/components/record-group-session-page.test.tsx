import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CASE_ID, practitioner1 } from '../../../test/allocation-fixtures'
import { fakeApi, problem } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { group, GROUP_ID, member, SECOND_CASE_ID, secondMember } from '../../../test/group-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'
import type { Group, GroupSessionRequest } from '../api/types'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const groupPath = `/api/v1/groups/${GROUP_ID}`

const NOW = '2026-11-26T10:00:00Z'

const twoMembers = group({ members: [member(), secondMember()] })

function answerWith(found: Group = twoMembers) {
  return fakeApi({ 'GET /api/v1/me': jsonResponse(practitioner1), [`GET ${groupPath}`]: jsonResponse(found) })
}

async function open() {
  renderRoute(`/groups/${GROUP_ID}/sessions/new`)
  await screen.findByRole('heading', { level: 1, name: 'Record a session' })
}

const dateGroup = () => screen.getByRole('group', { name: 'Date of the session' })

async function typeDate(day: string) {
  await userEvent.type(within(dateGroup()).getByRole('textbox', { name: 'Day' }), day)
  await userEvent.type(within(dateGroup()).getByRole('textbox', { name: 'Month' }), '11')
  await userEvent.type(within(dateGroup()).getByRole('textbox', { name: 'Year' }), '2026')
}

describe('recording a group’s session', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(NOW))
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('records the date, the topic and who on the register attended, then shows the session', async () => {
    const api = answerWith()
    api.on(`POST ${groupPath}/sessions`, (call) => {
      const session = { id: 's1', ...(call.body as GroupSessionRequest), recordedByName: 'Priya Shah', recordedAt: NOW }
      const recorded = { ...twoMembers, sessions: [session] }
      api.on(`GET ${groupPath}`, jsonResponse(recorded))
      return jsonResponse(recorded, 201)
    })
    await open()

    const attended = within(screen.getByRole('group', { name: 'Who attended?' }))
    expect(attended.getAllByRole('checkbox').map((box) => box.getAttribute('value'))).toEqual([CASE_ID, SECOND_CASE_ID])
    const child2 = attended.getByRole('checkbox', { name: 'Child2 Example' })
    expect(child2).toHaveAccessibleDescription('Case TA-2026-000002')
    await typeDate('26')
    await userEvent.type(screen.getByRole('textbox', { name: 'Topic (optional)' }), ' Calm mornings ')
    await userEvent.click(child2)
    await userEvent.click(screen.getByRole('button', { name: 'Record session' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Pontefract parents’ group' })).toBeVisible()
    const banner = screen.getByRole('alert')
    expect(banner).toHaveTextContent('Session recorded')
    expect(banner).toHaveTextContent('1 of 2 cases attended.')
    expect(screen.getByRole('table', { name: '1 session, the latest first' })).toHaveTextContent(
      '26 November 2026Calm morningsChild2 Example',
    )
    expect(api.callsTo('POST', `${groupPath}/sessions`)[0]?.body).toEqual({
      heldOn: '2026-11-26',
      topic: 'Calm mornings',
      attended: [SECOND_CASE_ID],
    })
  })

  it('sends a list of those who attended when only one case is on the register, and none without a topic', async () => {
    const api = answerWith(group())
    api.on(`POST ${groupPath}/sessions`, jsonResponse(group(), 201))
    await open()

    await typeDate('25')
    await userEvent.click(screen.getByRole('checkbox', { name: 'Child1 Example' }))
    await userEvent.click(screen.getByRole('button', { name: 'Record session' }))

    expect(await screen.findByText('Session recorded')).toBeVisible()
    expect(api.callsTo('POST', `${groupPath}/sessions`)[0]?.body).toEqual({ heldOn: '2026-11-25', attended: [CASE_ID] })
  })

  it('checks the date before sending anything', async () => {
    const api = answerWith()
    await open()

    await typeDate('27')
    await userEvent.click(screen.getByRole('button', { name: 'Record session' }))

    const summary = await screen.findByRole('alert')
    const message = 'Date of the session must be today or in the past'
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#heldOn-day')
    expect(dateGroup()).toHaveAccessibleDescription(`For example, 26 11 2026 Error: ${message}`)
    expect(api.callsTo('POST', `${groupPath}/sessions`)).toHaveLength(0)
  })

  it('shows the API’s refusal of an attendance against the question', async () => {
    const api = answerWith()
    api.on(
      `POST ${groupPath}/sessions`,
      problem(400, 'The request has invalid fields', {
        errors: [{ field: 'attended[0]', message: 'is not a member of the group' }],
      }),
    )
    await open()

    await typeDate('26')
    await userEvent.click(screen.getByRole('checkbox', { name: 'Child1 Example' }))
    await userEvent.click(screen.getByRole('button', { name: 'Record session' }))

    const summary = await screen.findByRole('alert')
    const message = 'Who attended is not a member of the group'
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#attended')
    expect(screen.getByRole('group', { name: 'Who attended?' })).toHaveAccessibleDescription(
      expect.stringContaining(`Error: ${message}`),
    )
  })

  it('says nobody can be marked as attending while the register is empty', async () => {
    answerWith(group({ members: [] }))
    await open()

    expect(screen.getByText(/nobody can be marked as attending/)).toBeVisible()
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument()
  })
})
