import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CASE_ID, practitioner1, supportCase } from '../../../test/allocation-fixtures'
import { fakeApi, problem } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { invitation, partner1, partners } from '../../../test/partner-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const casePath = `/api/v1/cases/${CASE_ID}`

function answerWith(found = supportCase({ state: 'ACTIVE', firstContactStatus: 'MET' })) {
  return fakeApi({
    'GET /api/v1/me': jsonResponse(practitioner1),
    [`GET ${casePath}`]: jsonResponse(found),
    'GET /api/v1/partners': jsonResponse(partners),
    [`GET ${casePath}/invitations`]: jsonResponse([]),
    [`GET ${casePath}/contributions`]: jsonResponse([]),
  })
}

async function open() {
  renderRoute(`/cases/${CASE_ID}/partners/invite`)
  await screen.findByRole('heading', { level: 1, name: 'Invite a partner' })
}

const dateGroup = (name: string) => screen.getByRole('group', { name })

async function typeDate(name: string, day: string, month: string, year: string) {
  await userEvent.type(within(dateGroup(name)).getByRole('textbox', { name: 'Day' }), day)
  await userEvent.type(within(dateGroup(name)).getByRole('textbox', { name: 'Month' }), month)
  await userEvent.type(within(dateGroup(name)).getByRole('textbox', { name: 'Year' }), year)
}

const FIRST_DAY = 'First day they can see the case'
const LAST_DAY = 'Last day they can see the case'

async function invite() {
  await userEvent.click(screen.getByRole('button', { name: 'Invite' }))
}

describe('inviting a partner to a case', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-26T10:00:00Z'))
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('offers the partner users by name and agency, or any agency typed in', async () => {
    answerWith()
    await open()

    expect(document.title).toBe('Invite a partner – Child1 Example – TeamAround')
    expect(screen.getByText('Child1 Example, case TA-2026-000001')).toHaveClass('govuk-caption-l')
    expect(screen.getByRole('link', { name: 'Back to partners' })).toHaveAttribute('href', `/cases/${CASE_ID}/partners`)
    expect(screen.queryByRole('combobox', { name: 'Partner' })).not.toBeInTheDocument()
    await userEvent.click(screen.getByRole('radio', { name: 'A partner' }))
    const partner = screen.getByRole('combobox', { name: 'Partner' })
    expect(within(partner).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Choose a partner',
      'Chris Green (CAMHS)',
      'Dana Lee (School nursing)',
      'Sam Hill',
    ])
    await userEvent.click(screen.getByRole('radio', { name: 'Everyone at an agency' }))
    expect(screen.queryByRole('combobox', { name: 'Partner' })).not.toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Agency' })).toHaveAccessibleDescription(
      'For example, CAMHS, School nursing',
    )
  })

  it('checks the answers before sending anything, each error linked to its question', async () => {
    const api = answerWith()
    await open()

    await invite()

    const summary = await screen.findByRole('alert')
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Select whether you are inviting a partner or an agency', '#invitee'],
      ['Enter the first day the partner can see the case', '#from-day'],
      ['Enter the last day the partner can see the case', '#until-day'],
    ])
    expect(document.title).toBe('Error: Invite a partner – Child1 Example – TeamAround')

    await userEvent.click(screen.getByRole('radio', { name: 'A partner' }))
    await typeDate(FIRST_DAY, '10', '12', '2026')
    await typeDate(LAST_DAY, '9', '12', '2026')
    await invite()

    const links = within(screen.getByRole('alert')).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Choose the partner', '#partnerId'],
      ['The last day must be the same as or after the first day', '#until-day'],
    ])
    expect(dateGroup(LAST_DAY)).toHaveAccessibleDescription(
      expect.stringContaining('Error: The last day must be the same as or after the first day'),
    )
    expect(api.callsTo('POST', `${casePath}/invitations`)).toHaveLength(0)
  })

  it('shows the API’s refusal against the question it is about', async () => {
    const api = answerWith()
    api.on(
      `POST ${casePath}/invitations`,
      problem(400, 'The request has invalid fields', {
        errors: [
          { field: 'agency', message: 'no partner user belongs to this agency' },
          { field: 'until', message: 'must not be in the past' },
        ],
      }),
    )
    await open()

    await userEvent.click(screen.getByRole('radio', { name: 'Everyone at an agency' }))
    await userEvent.type(screen.getByRole('textbox', { name: 'Agency' }), 'Youth justice')
    await typeDate(FIRST_DAY, '1', '11', '2026')
    await typeDate(LAST_DAY, '20', '11', '2026')
    await invite()

    const summary = await screen.findByRole('alert')
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['No partner user belongs to this agency', '#agency'],
      ['The last day must not be in the past', '#until-day'],
    ])
    expect(screen.getByRole('textbox', { name: 'Agency' })).toHaveAccessibleDescription(
      expect.stringContaining('Error: No partner user belongs to this agency'),
    )
    await userEvent.click(within(summary).getByRole('link', { name: 'The last day must not be in the past' }))
    expect(within(dateGroup(LAST_DAY)).getByRole('textbox', { name: 'Day' })).toHaveFocus()
  })

  it('invites a partner user, then shows the case’s partners saying who may see it and when', async () => {
    const api = answerWith()
    api.on(`POST ${casePath}/invitations`, (call) => {
      const made = invitation({ from: '2026-11-26', note: 'Please add what CAMHS knows.' })
      api.on(`GET ${casePath}/invitations`, jsonResponse([made]))
      return jsonResponse({ ...made, ...(call.body as object) }, 201)
    })
    await open()

    await userEvent.click(screen.getByRole('radio', { name: 'A partner' }))
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Partner' }), 'Chris Green (CAMHS)')
    await typeDate(FIRST_DAY, '26', '11', '2026')
    await typeDate(LAST_DAY, '24', '12', '2026')
    await userEvent.type(screen.getByRole('textbox', { name: 'Note (optional)' }), ' Please add what CAMHS knows. ')
    await invite()

    expect(await screen.findByRole('heading', { level: 2, name: 'Partners' })).toBeVisible()
    const banner = screen.getByRole('alert')
    expect(banner).toHaveTextContent('Chris Green (CAMHS) invited')
    expect(banner).toHaveTextContent('They can see this case from 26 November 2026 to 24 December 2026.')
    expect(await screen.findByRole('table', { name: '1 invitation, newest first' })).toBeVisible()
    expect(api.callsTo('POST', `${casePath}/invitations`)[0]?.body).toEqual({
      partnerId: partner1.id,
      from: '2026-11-26',
      until: '2026-12-24',
      note: 'Please add what CAMHS knows.',
    })
  })

  it('invites everyone at an agency, sending the agency and no partner', async () => {
    const api = answerWith()
    api.on(
      `POST ${casePath}/invitations`,
      jsonResponse(invitation({ partnerId: undefined, partnerName: undefined, agency: 'CAMHS' }), 201),
    )
    await open()

    await userEvent.click(screen.getByRole('radio', { name: 'A partner' }))
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Partner' }), 'Dana Lee (School nursing)')
    await userEvent.click(screen.getByRole('radio', { name: 'Everyone at an agency' }))
    await userEvent.type(screen.getByRole('textbox', { name: 'Agency' }), ' CAMHS ')
    await typeDate(FIRST_DAY, '26', '11', '2026')
    await typeDate(LAST_DAY, '24', '12', '2026')
    await invite()

    expect(await screen.findByRole('alert')).toHaveTextContent('Everyone at CAMHS invited')
    expect(api.callsTo('POST', `${casePath}/invitations`)[0]?.body).toEqual({
      agency: 'CAMHS',
      from: '2026-11-26',
      until: '2026-12-24',
    })
  })

  it('says no one can be invited to a closed case', async () => {
    answerWith(supportCase({ state: 'CLOSED', firstContactStatus: 'MET' }))
    renderRoute(`/cases/${CASE_ID}/partners/invite`)

    expect(await screen.findByRole('heading', { level: 1, name: 'This case is closed' })).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Invite' })).not.toBeInTheDocument()
  })
})
