import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { admin1, areas, nextMeetings, pontefract } from '../../../test/admin-fixtures'
import { fakeApi, problem } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { jsonResponse, renderRoute } from '../../../test/render'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const castleford = areas[1] as (typeof areas)[0]

const card = (title: string) =>
  screen.getByRole('heading', { level: 2, name: title }).closest<HTMLElement>('.govuk-summary-card') as HTMLElement

async function openChange() {
  const api = fakeApi({
    'GET /api/v1/me': jsonResponse(admin1),
    'GET /api/v1/areas/Pontefract': jsonResponse(pontefract),
  })
  renderRoute('/admin/areas/Pontefract')
  await screen.findByRole('heading', { level: 1, name: 'Pontefract triage panel' })
  return api
}

describe('areas and their triage meetings', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('shows each area’s cadence and its next meeting days, bank holidays flagged', async () => {
    const api = fakeApi({ 'GET /api/v1/me': jsonResponse(admin1), 'GET /api/v1/areas': jsonResponse(areas) })
    areas.forEach((area) =>
      api.on(`GET /api/v1/areas/${area.name}/next-meetings`, jsonResponse(nextMeetings(area, area === castleford))),
    )
    renderRoute('/admin/areas')

    await screen.findByRole('heading', { level: 1, name: 'Areas and triage meetings' })
    expect(card('Knottingley')).toHaveTextContent('Triage panelMeets every week on a Thursday')
    const list = card('Castleford').querySelector<HTMLElement>('.govuk-summary-list') as HTMLElement
    const next = within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect(next).toEqual(['27 November 2026 ', '11 December 2026 ', '25 December 2026 Bank holiday'])
    expect(card('Pontefract')).not.toHaveTextContent('Bank holiday')
    expect(within(card('Castleford')).getByRole('link', { name: 'Change the cadence of Castleford' })).toHaveAttribute(
      'href',
      '/admin/areas/Castleford',
    )
    expect(api.callsTo('GET', '/api/v1/areas/Airedale/next-meetings')[0]?.url.search).toBe('?count=3')
  })

  it('changes the cadence with the version it read, and says so on the areas page', async () => {
    const api = await openChange()
    const changed = { ...pontefract, triageCadence: { everyWeeks: 1, weekday: 'THURSDAY', startsOn: '2026-01-08' } }
    api.on('PUT /api/v1/areas/Pontefract', jsonResponse({ ...changed, version: 6 }))
    api.on('GET /api/v1/areas', jsonResponse(areas))
    areas.forEach((area) => api.on(`GET /api/v1/areas/${area.name}/next-meetings`, jsonResponse(nextMeetings(area))))

    expect(screen.getByRole('radio', { name: 'Friday' })).toBeChecked()
    const weeks = screen.getByRole('textbox', { name: 'How many weeks apart are the meetings?' })
    expect(weeks).toHaveValue('2')
    const day = screen.getByRole('group', { name: 'A day the panel meets' })
    expect(within(day).getByRole('textbox', { name: 'Day' })).toHaveValue('2')
    expect(within(day).getByRole('textbox', { name: 'Month' })).toHaveValue('1')
    expect(within(day).getByRole('textbox', { name: 'Year' })).toHaveValue('2026')

    await userEvent.click(screen.getByRole('radio', { name: 'Thursday' }))
    await userEvent.clear(weeks)
    await userEvent.type(weeks, '1')
    await userEvent.clear(within(day).getByRole('textbox', { name: 'Day' }))
    await userEvent.type(within(day).getByRole('textbox', { name: 'Day' }), '8')
    await userEvent.click(screen.getByRole('button', { name: 'Save cadence' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Areas and triage meetings' })).toBeVisible()
    expect(screen.getByRole('alert')).toHaveTextContent('Pontefract: meets every week on a Thursday.')
    expect(api.callsTo('PUT', '/api/v1/areas/Pontefract')[0]?.body).toEqual({
      triageCadence: { everyWeeks: 1, weekday: 'THURSDAY', startsOn: '2026-01-08' },
      version: 5,
    })
  })

  it('shows the API’s field errors against their fields, a meeting day’s on its day input', async () => {
    const api = await openChange()
    api.on(
      'PUT /api/v1/areas/Pontefract',
      problem(400, 'Some fields are not valid.', {
        errors: [
          { field: 'triageCadence.startsOn', message: "must be a Thursday, the cadence's weekday" },
          { field: 'triageCadence.everyWeeks', message: 'must be less than or equal to 12' },
        ],
      }),
    )

    await userEvent.click(screen.getByRole('radio', { name: 'Thursday' }))
    await userEvent.click(screen.getByRole('button', { name: 'Save cadence' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Weeks between meetings must be less than or equal to 12', '#everyWeeks'],
      ["A meeting day must be a Thursday, the cadence's weekday", '#startsOn-day'],
    ])
    expect(screen.getByRole('group', { name: 'A day the panel meets' })).toHaveAccessibleDescription(
      expect.stringContaining("Error: A meeting day must be a Thursday, the cadence's weekday"),
    )
  })

  it('says when someone else changed the area meanwhile', async () => {
    const api = await openChange()
    api.on('PUT /api/v1/areas/Pontefract', problem(409, 'Conflict', { currentVersion: 6 }))

    await userEvent.click(screen.getByRole('button', { name: 'Save cadence' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Someone else changed this area after you opened this page, so your change has not been saved.',
    )
    expect(api.callsTo('GET', '/api/v1/areas/Pontefract')).toHaveLength(2)
  })
})
