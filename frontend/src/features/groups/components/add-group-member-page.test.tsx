import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CASE_ID, practitioner1, supportCase } from '../../../test/allocation-fixtures'
import { fakeApi, problem } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { group, GROUP_ID, member, SECOND_CASE_ID, secondMember } from '../../../test/group-fixtures'
import { senior1 } from '../../../test/referral-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const groupPath = `/api/v1/groups/${GROUP_ID}`

/** Priya's cases: Child1's (in the group), Child2's (open), Child3's (closed). */
const cases = [
  supportCase(),
  supportCase({ id: SECOND_CASE_ID, reference: 'TA-2026-000002', childName: 'Child2 Example', state: 'ACTIVE' }),
  supportCase({
    id: '5c3e2d10-0000-4000-8000-000000000003',
    reference: 'TA-2026-000003',
    childName: 'Child3 Example',
    state: 'CLOSED',
  }),
]

function answerWith(me = practitioner1) {
  return fakeApi({
    'GET /api/v1/me': jsonResponse(me),
    [`GET ${groupPath}`]: jsonResponse(group()),
    'GET /api/v1/cases': jsonResponse(cases),
  })
}

async function open() {
  renderRoute(`/groups/${GROUP_ID}/members/new`)
  await screen.findByRole('heading', { level: 1, name: 'Add a case' })
}

describe('adding a case to a group', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('offers the caller’s open cases not in the group yet, and adds the one chosen', async () => {
    const api = answerWith()
    api.on(`POST ${groupPath}/members`, () => {
      const added = group({ members: [member(), secondMember()] })
      api.on(`GET ${groupPath}`, jsonResponse(added))
      return jsonResponse(added)
    })
    await open()

    expect(document.title).toBe('Add a case – Pontefract parents’ group – TeamAround')
    const choices = within(screen.getByRole('group', { name: 'Which of your open cases is joining the group?' }))
    expect(choices.getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual([SECOND_CASE_ID])
    expect(choices.getByRole('radio', { name: 'Child2 Example' })).toHaveAccessibleDescription(
      'Case TA-2026-000002, Northgate Primary School',
    )
    await userEvent.click(choices.getByRole('radio', { name: 'Child2 Example' }))
    await userEvent.click(screen.getByRole('button', { name: 'Add the case' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Pontefract parents’ group' })).toBeVisible()
    expect(screen.getByRole('alert')).toHaveTextContent('Child2 Example added to the group')
    expect(screen.getByRole('table', { name: '2 cases' })).toHaveTextContent('Child2 Example')
    expect(api.callsTo('POST', `${groupPath}/members`)[0]?.body).toEqual({ caseId: SECOND_CASE_ID })
    expect(api.callsTo('GET', '/api/v1/cases')[0]?.url.search).toBe('')
  })

  it('says so when the case joined the group meanwhile', async () => {
    const api = answerWith()
    api.on(
      `POST ${groupPath}/members`,
      problem(409, 'Not possible in the record’s current state', { detail: 'The case is already in this group.' }),
    )
    await open()

    await userEvent.click(screen.getByRole('radio', { name: 'Child2 Example' }))
    await userEvent.click(screen.getByRole('button', { name: 'Add the case' }))

    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('The case is already in this group.')
    expect(document.title).toBe('Error: Add a case – Pontefract parents’ group – TeamAround')
  })

  it('asks for a case before sending anything', async () => {
    const api = answerWith()
    await open()

    await userEvent.click(screen.getByRole('button', { name: 'Add the case' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Select the case joining the group' })).toHaveAttribute(
      'href',
      '#caseId',
    )
    expect(api.callsTo('POST', `${groupPath}/members`)).toHaveLength(0)
  })

  it('offers a senior their own cases', async () => {
    const api = answerWith(senior1)
    await open()

    expect(api.callsTo('GET', '/api/v1/cases')[0]?.url.searchParams.get('practitionerId')).toBe(senior1.id)
  })

  it('says when the caller has no open case to add', async () => {
    const api = answerWith()
    api.on('GET /api/v1/cases', jsonResponse([supportCase({ id: CASE_ID })]))
    await open()

    expect(screen.getByText('You have no open cases that are not in this group already.')).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Add the case' })).not.toBeInTheDocument()
  })
})
