import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { admin1, areas, practitioners } from '../../../test/admin-fixtures'
import { fakeApi, problem } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { jsonResponse, renderRoute } from '../../../test/render'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const [priya] = practitioners as [(typeof practitioners)[0]]
const priyaPath = `/api/v1/practitioners/${priya.id}`

function answerWith() {
  return fakeApi({
    'GET /api/v1/me': jsonResponse(admin1),
    'GET /api/v1/practitioners': jsonResponse(practitioners),
    'GET /api/v1/areas': jsonResponse(areas),
  })
}

async function openChange() {
  const api = answerWith()
  renderRoute(`/admin/practitioners/${priya.id}`)
  await screen.findByRole('heading', { level: 1, name: 'Priya Shah' })
  return api
}

describe('practitioners', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('lists the practitioners with their area, open cases and capacity', async () => {
    answerWith()
    renderRoute('/admin/practitioners')

    const table = await screen.findByRole('table', { name: '2 practitioners' })
    expect(within(table).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual([
      'Priya ShahPontefract312Change Priya Shah’s area and capacity',
      'Helen MooreNone15Change Helen Moore’s area and capacity',
    ])
    expect(within(table).getByRole('link', { name: 'Change Priya Shah’s area and capacity' })).toHaveAttribute(
      'href',
      `/admin/practitioners/${priya.id}`,
    )
  })

  it('sets the capacity and area with the version it read, and says so on the list', async () => {
    const api = await openChange()
    api.on(`PUT ${priyaPath}`, jsonResponse({ ...priya, capacity: 15, area: 'Castleford', version: 5 }))

    const capacity = screen.getByRole('textbox', { name: 'Capacity' })
    expect(capacity).toHaveValue('12')
    const area = screen.getByRole('combobox', { name: 'Area' })
    expect(area).toHaveValue('Pontefract')
    expect(within(area).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'No area',
      'Airedale',
      'Castleford',
      'Knottingley',
      'Pontefract',
    ])
    await userEvent.clear(capacity)
    await userEvent.type(capacity, '15')
    await userEvent.selectOptions(area, 'Castleford')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Practitioners' })).toBeVisible()
    expect(screen.getByRole('alert')).toHaveTextContent('Priya Shah: Castleford, capacity 15.')
    expect(api.callsTo('PUT', priyaPath)[0]?.body).toEqual({ capacity: 15, area: 'Castleford', version: 4 })
  })

  it('sends no area for "No area"', async () => {
    const api = await openChange()
    api.on(`PUT ${priyaPath}`, jsonResponse({ ...priya, area: undefined, version: 5 }))

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Area' }), 'No area')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Priya Shah: no area, capacity 12.')
    expect(api.callsTo('PUT', priyaPath)[0]?.body).toEqual({ capacity: 12, version: 4 })
  })

  it('shows the API’s field errors linked to their fields, and a stale version as another’s change', async () => {
    const api = await openChange()
    api.on(
      `PUT ${priyaPath}`,
      problem(400, 'Some fields are not valid.', {
        errors: [{ field: 'capacity', message: 'must be less than or equal to 200' }],
      }),
    )
    const capacity = screen.getByRole('textbox', { name: 'Capacity' })
    await userEvent.clear(capacity)
    await userEvent.type(capacity, '250')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))

    const link = await screen.findByRole('link', { name: 'Capacity must be less than or equal to 200' })
    expect(link).toHaveAttribute('href', '#capacity')
    expect(capacity).toHaveAccessibleDescription(
      expect.stringContaining('Error: Capacity must be less than or equal to 200'),
    )

    api.on(`PUT ${priyaPath}`, problem(409, 'Conflict', { currentVersion: 5 }))
    await userEvent.clear(capacity)
    await userEvent.type(capacity, '20')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))

    expect(
      await screen.findByText(/Someone else changed this practitioner after you opened this page/),
    ).toBeVisible()
  })
})
