import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CASE_ID, practitioner1, supportCase } from '../../../test/allocation-fixtures'
import { contact } from '../../../test/case-fixtures'
import { fakeApi, problem } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { jsonResponse, renderRoute } from '../../../test/render'
import { summaryValue } from '../../../test/summary-list'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const casePath = `/api/v1/cases/${CASE_ID}`

function answerWith(found = supportCase()) {
  return fakeApi({
    'GET /api/v1/me': jsonResponse(practitioner1),
    [`GET ${casePath}`]: jsonResponse(found),
    [`GET ${casePath}/contacts`]: jsonResponse([]),
  })
}

async function open() {
  renderRoute(`/cases/${CASE_ID}/contacts/new`)
  await screen.findByRole('heading', { level: 1, name: 'Record a contact' })
}

const dateGroup = () => screen.getByRole('group', { name: 'Date of the contact' })

/** "Was the child seen?" has the question about being alone inside it: its own radios are those named childSeen. */
const childSeenRadio = (name: string) =>
  within(screen.getByRole('group', { name: 'Was the child seen?' }))
    .getAllByRole('radio', { name })
    .find((radio) => radio.getAttribute('name') === 'childSeen')!

async function fillIn({ day = '26', childSeen = 'Yes', alone = 'No' } = {}) {
  await userEvent.type(within(dateGroup()).getByRole('textbox', { name: 'Day' }), day)
  await userEvent.type(within(dateGroup()).getByRole('textbox', { name: 'Month' }), '11')
  await userEvent.type(within(dateGroup()).getByRole('textbox', { name: 'Year' }), '2026')
  await userEvent.click(screen.getByRole('radio', { name: 'Home visit' }))
  await userEvent.type(screen.getByRole('textbox', { name: 'How long did it take?' }), '90')
  await userEvent.type(screen.getByRole('textbox', { name: 'Who was seen? (optional)' }), 'Mother and child')
  await userEvent.click(childSeenRadio(childSeen))
  if (childSeen === 'Yes') {
    await userEvent.click(
      within(screen.getByRole('group', { name: 'Was the child seen alone?' })).getByRole('radio', { name: alone }),
    )
  }
  await userEvent.type(screen.getByRole('textbox', { name: 'Note' }), '  Met Jo and Child1 at home. ')
}

describe('recording a contact', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
    // Only the clock: "today" is Thursday 26 November 2026.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-26T10:00:00Z'))
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('asks whether the child was seen alone only once they were seen', async () => {
    answerWith()
    await open()

    expect(document.title).toBe('Record a contact – Child1 Example – TeamAround')
    expect(screen.getByText('Child1 Example, case TA-2026-000001')).toHaveClass('govuk-caption-l')
    expect(screen.getByRole('link', { name: 'Back to contacts' })).toHaveAttribute('href', `/cases/${CASE_ID}/contacts`)
    expect(screen.queryByRole('group', { name: 'Was the child seen alone?' })).not.toBeInTheDocument()
    await userEvent.click(childSeenRadio('Yes'))
    expect(screen.getByRole('group', { name: 'Was the child seen alone?' })).toBeVisible()
    await userEvent.click(childSeenRadio('No'))
    expect(screen.queryByRole('group', { name: 'Was the child seen alone?' })).not.toBeInTheDocument()
  })

  it('checks the answers before sending anything, each error linked to its question', async () => {
    const api = answerWith()
    await open()

    await userEvent.type(within(dateGroup()).getByRole('textbox', { name: 'Day' }), '27')
    await userEvent.type(within(dateGroup()).getByRole('textbox', { name: 'Month' }), '11')
    await userEvent.type(within(dateGroup()).getByRole('textbox', { name: 'Year' }), '2026')
    await userEvent.type(screen.getByRole('textbox', { name: 'How long did it take?' }), '800')
    await userEvent.click(childSeenRadio('Yes'))
    await userEvent.click(screen.getByRole('button', { name: 'Record contact' }))

    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('There is a problem')
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Date of the contact must be today or in the past', '#date-day'],
      ['Select the type of contact', '#type'],
      ['How long the contact took must be between 1 and 720 minutes', '#durationMinutes'],
      ['Select yes if the child was seen alone', '#childSeenAlone'],
      ['Enter a note of the contact', '#note'],
    ])
    expect(document.title).toBe('Error: Record a contact – Child1 Example – TeamAround')
    expect(screen.getByRole('textbox', { name: 'How long did it take?' })).toHaveAccessibleDescription(
      expect.stringContaining('Error: How long the contact took must be between 1 and 720 minutes'),
    )
    await userEvent.click(within(summary).getByRole('link', { name: 'Select the type of contact' }))
    expect(screen.getByRole('radio', { name: 'Home visit' })).toHaveFocus()
    expect(api.callsTo('POST', `${casePath}/contacts`)).toHaveLength(0)
  })

  it('shows the API’s refusal against the date', async () => {
    const api = answerWith()
    api.on(
      `POST ${casePath}/contacts`,
      problem(400, 'Some fields are not valid.', {
        errors: [{ field: 'date', message: 'must not be before the allocation on 2026-11-24' }],
      }),
    )
    await open()

    await fillIn()
    await userEvent.click(screen.getByRole('button', { name: 'Record contact' }))

    const summary = await screen.findByRole('alert')
    const message = 'Date of the contact must not be before the allocation on 24 November 2026'
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#date-day')
    expect(dateGroup()).toHaveAccessibleDescription(expect.stringContaining(`Error: ${message}`))
    await userEvent.click(within(summary).getByRole('link', { name: message }))
    expect(within(dateGroup()).getByRole('textbox', { name: 'Day' })).toHaveFocus()
  })

  it('records the first contact, then shows the contacts saying the case is now active', async () => {
    const api = answerWith()
    const recorded = contact()
    api.on(`POST ${casePath}/contacts`, (call) => {
      api.on(`GET ${casePath}/contacts`, jsonResponse([recorded]))
      api.on(`GET ${casePath}`, jsonResponse(supportCase({ state: 'ACTIVE', firstContactStatus: 'MET' })))
      return jsonResponse({ ...recorded, ...(call.body as object) }, 201)
    })
    await open()

    await fillIn()
    await userEvent.click(screen.getByRole('button', { name: 'Record contact' }))

    expect(await screen.findByRole('heading', { level: 2, name: 'Contacts' })).toBeVisible()
    const banner = screen.getByRole('alert')
    expect(banner).toHaveTextContent('Contact recorded')
    expect(banner).toHaveTextContent('The case is now active.')
    expect(await screen.findByRole('table', { name: '1 contact, latest first' })).toBeVisible()
    expect(api.callsTo('POST', `${casePath}/contacts`)[0]?.body).toEqual({
      date: '2026-11-26',
      type: 'HOME_VISIT',
      durationMinutes: 90,
      whoSeen: 'Mother and child',
      childSeen: true,
      childSeenAlone: false,
      note: 'Met Jo and Child1 at home.',
    })
    await userEvent.click(within(screen.getByRole('navigation', { name: 'Case' })).getByRole('link', { name: 'Summary' }))
    expect(await screen.findByRole('heading', { level: 2, name: 'Summary' })).toBeVisible()
    expect(summaryValue('State')).toHaveTextContent('Active')
  })

  it('sends nothing about being seen alone when the child was not seen, and says nothing of activating an active case', async () => {
    const api = answerWith(supportCase({ state: 'ACTIVE', firstContactStatus: 'MET' }))
    api.on(`POST ${casePath}/contacts`, jsonResponse(contact(), 201))
    await open()

    await fillIn({ childSeen: 'No' })
    await userEvent.click(screen.getByRole('button', { name: 'Record contact' }))

    const banner = await screen.findByRole('alert')
    expect(banner).toHaveTextContent('Contact recorded')
    expect(banner).not.toHaveTextContent('active')
    expect(api.callsTo('POST', `${casePath}/contacts`)[0]?.body).not.toHaveProperty('childSeenAlone')
  })

  it('says a closed case takes no more contacts', async () => {
    answerWith(supportCase({ state: 'CLOSED', firstContactStatus: 'MET' }))
    renderRoute(`/cases/${CASE_ID}/contacts/new`)

    expect(await screen.findByRole('heading', { level: 1, name: 'This case is closed' })).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Record contact' })).not.toBeInTheDocument()
  })
})
