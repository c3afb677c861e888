import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, problem } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { senco1, senior1 } from '../../../test/referral-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'
import { agendaItem, areas, meeting, MEETING_ID, partner1 } from '../../../test/triage-fixtures'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const partners = [{ id: 'b7e1c2d3-0000-4000-8000-000000000001', username: 'partner1', name: 'Chris Green', agency: 'CAMHS' }]

const summaries = [
  { id: MEETING_ID, date: '2026-11-27', area: 'Pontefract', chair: 'Helen Moore' },
  { id: '7a1d0c2e-5b3f-4e8a-9c61-2f4e6b8d0002', date: '2026-11-13', area: 'Castleford', chair: 'Helen Moore' },
]

describe('triage meetings', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('lists the meetings, latest first, with a way for a senior to schedule one', async () => {
    fakeApi({ 'GET /api/v1/me': jsonResponse(senior1), 'GET /api/v1/triage/meetings': jsonResponse(summaries) })
    renderRoute('/triage/meetings')

    const table = await screen.findByRole('table', { name: '2 meetings' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => row.textContent)).toEqual([
      '27 November 2026, PontefractPontefractHelen Moore',
      '13 November 2026, CastlefordCastlefordHelen Moore',
    ])
    expect(within(table).getByRole('link', { name: '27 November 2026, Pontefract' })).toHaveAttribute(
      'href',
      `/triage/meetings/${MEETING_ID}`,
    )
    expect(screen.getByRole('button', { name: 'Schedule a meeting' })).toHaveAttribute('href', '/triage/meetings/new')
  })

  it('offers a partner no way to schedule one', async () => {
    fakeApi({ 'GET /api/v1/me': jsonResponse(partner1), 'GET /api/v1/triage/meetings': jsonResponse([]) })
    renderRoute('/triage/meetings')

    expect(await screen.findByText('You are not an attendee of any meeting yet.')).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Schedule a meeting' })).not.toBeInTheDocument()
  })

  it('is not for a school’s referrer', async () => {
    const api = fakeApi({ 'GET /api/v1/me': jsonResponse(senco1) })
    renderRoute('/triage/meetings')

    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot see triage meetings' })).toBeVisible()
    expect(api.callsTo('GET', '/api/v1/triage/meetings')).toHaveLength(0)
  })

  it('schedules a meeting for an area with its invited partners and other attendees, then opens it', async () => {
    const api = fakeApi({
      'GET /api/v1/me': jsonResponse(senior1),
      'GET /api/v1/areas': jsonResponse(areas),
      'GET /api/v1/partners': jsonResponse(partners),
    })
    const scheduled = meeting([agendaItem(1)], { attendees: [{ name: 'Chris Green', agency: 'CAMHS' }] })
    api.on('POST /api/v1/triage/meetings', jsonResponse(scheduled, 201))
    api.on(`GET /api/v1/triage/meetings/${MEETING_ID}`, jsonResponse(scheduled))
    renderRoute('/triage/meetings/new')

    const date = await screen.findByRole('group', { name: 'Date of the meeting' })
    await userEvent.type(within(date).getByRole('textbox', { name: 'Day' }), '27')
    await userEvent.type(within(date).getByRole('textbox', { name: 'Month' }), '11')
    await userEvent.type(within(date).getByRole('textbox', { name: 'Year' }), '2026')
    const pontefract = screen.getByRole('radio', { name: 'Pontefract' })
    expect(pontefract).toHaveAccessibleDescription('Meets every 2 weeks on a Friday')
    expect(screen.getByRole('radio', { name: 'Knottingley' })).toHaveAccessibleDescription('Meets every week on a Thursday')
    await userEvent.click(pontefract)
    const invited = screen.getByRole('checkbox', { name: 'Chris Green' })
    expect(invited).toHaveAccessibleDescription('CAMHS')
    await userEvent.click(invited)
    await userEvent.click(screen.getByRole('button', { name: 'Add an attendee' }))
    const attendee = screen.getByRole('group', { name: 'Attendee 1' })
    await userEvent.type(within(attendee).getByRole('textbox', { name: 'Name' }), 'Jo Bloggs')
    await userEvent.type(within(attendee).getByRole('textbox', { name: /Agency/ }), 'School nursing')
    await userEvent.click(screen.getByRole('button', { name: 'Add another attendee' }))
    await userEvent.click(screen.getByRole('button', { name: 'Remove attendee 2' }))
    await userEvent.click(screen.getByRole('button', { name: 'Schedule meeting' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Pontefract panel, 27 November 2026' })).toBeVisible()
    expect(screen.getByRole('alert')).toHaveTextContent('Meeting scheduled')
    expect(api.callsTo('POST', '/api/v1/triage/meetings')[0]?.body).toEqual({
      date: '2026-11-27',
      area: 'Pontefract',
      attendees: [
        { name: 'Jo Bloggs', agency: 'School nursing' },
        { name: 'Chris Green', agency: 'CAMHS', userId: partners[0]?.id },
      ],
    })
  })

  it('asks for a real date and an area before sending, and shows the API’s errors on the attendees', async () => {
    const api = fakeApi({
      'GET /api/v1/me': jsonResponse(senior1),
      'GET /api/v1/areas': jsonResponse(areas),
      'GET /api/v1/partners': jsonResponse([]),
    })
    api.on(
      'POST /api/v1/triage/meetings',
      problem(400, 'Some fields are not valid.', {
        errors: [{ field: 'attendees[0].name', message: 'must not be blank' }],
      }),
    )
    renderRoute('/triage/meetings/new')

    await userEvent.type(await screen.findByRole('textbox', { name: 'Day' }), '31')
    await userEvent.type(screen.getByRole('textbox', { name: 'Month' }), '2')
    await userEvent.type(screen.getByRole('textbox', { name: 'Year' }), '2026')
    await userEvent.click(screen.getByRole('button', { name: 'Schedule meeting' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Date of the meeting must be a real date', '#date-day'],
      ['Select the area of the meeting', '#area'],
    ])
    expect(api.callsTo('POST', '/api/v1/triage/meetings')).toHaveLength(0)

    await userEvent.clear(screen.getByRole('textbox', { name: 'Day' }))
    await userEvent.type(screen.getByRole('textbox', { name: 'Day' }), '27')
    await userEvent.click(screen.getByRole('radio', { name: 'Castleford' }))
    await userEvent.click(screen.getByRole('button', { name: 'Add an attendee' }))
    await userEvent.type(screen.getByRole('textbox', { name: /Agency/ }), 'CAMHS')
    await userEvent.click(screen.getByRole('button', { name: 'Schedule meeting' }))

    expect(await screen.findByRole('link', { name: 'Attendee 1: name must not be blank' })).toHaveAttribute(
      'href',
      '#attendees-0-name',
    )
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(
      'Error: Attendee 1: name must not be blank',
    )
  })
})
