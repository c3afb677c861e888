import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { practitioner1 } from '../../../test/allocation-fixtures'
import { fakeApi, problem } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { areas, group, GROUP_ID } from '../../../test/group-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

function answerWith() {
  return fakeApi({ 'GET /api/v1/me': jsonResponse(practitioner1), 'GET /api/v1/areas': jsonResponse(areas) })
}

async function open() {
  renderRoute('/groups/new')
  await screen.findByRole('heading', { level: 1, name: 'Set up a group' })
}

const schoolYear = () => screen.getByRole('textbox', { name: 'School year' })

describe('setting up a group', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2027-02-10T10:00:00Z'))
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('checks the answers before sending anything, the school year starting as the current one', async () => {
    const api = answerWith()
    await open()

    expect(schoolYear()).toHaveValue('2026/27')
    await userEvent.clear(schoolYear())
    await userEvent.type(schoolYear(), '2026/28')
    await userEvent.click(screen.getByRole('button', { name: 'Set up group' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter the name of the group', '#name'],
      ['Select the kind of group', '#kind'],
      ['Select the area of the group', '#areaId'],
      ['Enter a school year whose second year follows the first, like 2026/27', '#schoolYear'],
      ['Select the half term of the group', '#halfTerm'],
    ])
    expect(document.title).toBe('Error: Set up a group – TeamAround')
    expect(api.callsTo('POST', '/api/v1/groups')).toHaveLength(0)
  })

  it('sets up the group, then shows it with its empty register', async () => {
    const api = answerWith()
    api.on('POST /api/v1/groups', () => {
      api.on(`GET /api/v1/groups/${GROUP_ID}`, jsonResponse(group({ members: [] })))
      return jsonResponse(group({ members: [] }), 201)
    })
    await open()

    await userEvent.type(screen.getByRole('textbox', { name: 'Name of the group' }), ' Pontefract parents’ group ')
    await userEvent.click(screen.getByRole('radio', { name: 'Parents’ group' }))
    await userEvent.click(screen.getByRole('radio', { name: 'Pontefract' }))
    await userEvent.click(screen.getByRole('radio', { name: 'Autumn 2' }))
    await userEvent.click(screen.getByRole('button', { name: 'Set up group' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Pontefract parents’ group' })).toBeVisible()
    expect(screen.getByRole('alert')).toHaveTextContent('Group set up')
    expect(screen.getByText('No cases have been added to the group yet.')).toBeVisible()
    expect(api.callsTo('POST', '/api/v1/groups')[0]?.body).toEqual({
      name: 'Pontefract parents’ group',
      kind: 'PARENT',
      areaId: areas[1]!.id,
      schoolYear: '2026/27',
      halfTerm: 'AUTUMN_2',
    })
  })

  it('shows the API’s refusal against its field', async () => {
    const api = answerWith()
    api.on(
      'POST /api/v1/groups',
      problem(400, 'The request has invalid fields', {
        errors: [{ field: 'areaId', message: 'is not one of the service’s areas' }],
      }),
    )
    await open()

    await userEvent.type(screen.getByRole('textbox', { name: 'Name of the group' }), 'A group')
    await userEvent.click(screen.getByRole('radio', { name: 'Children’s group' }))
    await userEvent.click(screen.getByRole('radio', { name: 'Castleford' }))
    await userEvent.click(screen.getByRole('radio', { name: 'Summer 2' }))
    await userEvent.click(screen.getByRole('button', { name: 'Set up group' }))

    const summary = await screen.findByRole('alert')
    const message = 'The area is not one of the service’s areas'
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#areaId')
    expect(screen.getByRole('group', { name: 'Area' })).toHaveAccessibleDescription(`Error: ${message}`)
  })
})
