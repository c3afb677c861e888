import { cleanup, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CASE_ID, practitioner1, supportCase } from '../../../test/allocation-fixtures'
import { ACTION_IDS, outcomeScales, plan, review } from '../../../test/case-work-fixtures'
import { fakeApi, problem, type ApiCall } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { jsonResponse, renderRoute } from '../../../test/render'
import type { Case, ReviewRequest } from '../api/types'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const casePath = `/api/v1/cases/${CASE_ID}`
const reviewsPath = `${casePath}/reviews`
const STORED = `teamaround.review-form.${CASE_ID}`

function answerWith(found: Case = supportCase({ state: 'ACTIVE', firstContactStatus: 'MET' })) {
  return fakeApi({
    'GET /api/v1/me': jsonResponse(practitioner1),
    [`GET ${casePath}`]: jsonResponse(found),
    [`GET ${casePath}/plan`]: jsonResponse(plan()),
    [`GET ${reviewsPath}`]: jsonResponse([]),
    'GET /api/v1/outcome-scales': jsonResponse(outcomeScales),
  })
}

async function open() {
  renderRoute(`/cases/${CASE_ID}/reviews/new`)
  await screen.findByRole('heading', { level: 1, name: 'Record a review' })
}

const heldOn = () => screen.getByRole('group', { name: 'When was the review held?' })
const attendees = () => screen.getByRole('textbox', { name: 'Who attended?' })
const score = (label: string) => screen.getByRole('textbox', { name: label })
const progress = (number: number) => screen.getByRole('group', { name: new RegExp(`^Action ${number}:`) })

async function fillIn({ day = '26', decision = 'Extend the support' } = {}) {
  await userEvent.type(within(heldOn()).getByRole('textbox', { name: 'Day' }), day)
  await userEvent.type(within(heldOn()).getByRole('textbox', { name: 'Month' }), '11')
  await userEvent.type(within(heldOn()).getByRole('textbox', { name: 'Year' }), '2026')
  await userEvent.type(attendees(), 'Jo Example (mother)\n\nPriya Shah ')
  await userEvent.click(within(progress(1)).getByRole('radio', { name: 'Done' }))
  await userEvent.type(screen.getByRole('textbox', { name: 'Note on action 1 (optional)' }), 'Working well')
  await userEvent.type(score('The family’s view of the child’s wellbeing'), '6')
  await userEvent.click(screen.getByRole('radio', { name: decision }))
  await userEvent.type(screen.getByRole('textbox', { name: 'Notes (optional)' }), 'More time for the routine.')
}

describe('recording a review', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
    localStorage.clear()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-26T10:00:00Z'))
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('asks about each action of the plan, where the plan says it stands, and the service’s outcome scales', async () => {
    answerWith()
    await open()

    expect(document.title).toBe('Record a review – Child1 Example – TeamAround')
    expect(screen.getByRole('link', { name: 'Back to reviews' })).toHaveAttribute('href', `/cases/${CASE_ID}/reviews`)
    expect(progress(1)).toHaveAccessibleName('Action 1: Morning routine chart with Jo')
    expect(progress(1)).toHaveAccessibleDescription('The family, by 15 January 2027')
    expect(within(progress(1)).getByRole('radio', { name: 'In progress' })).toBeChecked()
    expect(progress(2)).toHaveAccessibleDescription('CAMHS, by 1 February 2027')
    expect(within(progress(2)).getByRole('radio', { name: 'Not started' })).toBeChecked()
    expect(score('School engagement')).toHaveAccessibleDescription('From 1 to 10')
    expect(screen.queryByRole('textbox', { name: 'An old scale' })).not.toBeInTheDocument()
    expect(screen.getByRole('radio', { name: 'Extend the support' })).toHaveAccessibleDescription(
      'Beyond the usual 4 months, by exception: a senior must agree. Another review follows.',
    )
  })

  it('checks the answers before sending anything, each error linked to its question', async () => {
    const api = answerWith()
    await open()

    await userEvent.type(within(heldOn()).getByRole('textbox', { name: 'Day' }), '27')
    await userEvent.type(within(heldOn()).getByRole('textbox', { name: 'Month' }), '11')
    await userEvent.type(within(heldOn()).getByRole('textbox', { name: 'Year' }), '2026')
    await userEvent.type(score('School engagement'), '11')
    await userEvent.click(screen.getByRole('button', { name: 'Record review' }))

    const summary = await screen.findByRole('alert')
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['The date of the review must be today or in the past', '#heldOn-day'],
      ['Enter who attended the review', '#attendees'],
      ['School engagement must be a whole number from 1 to 10', '#scores-SCHOOL_ENGAGEMENT'],
      ['Select what the review decided', '#decision'],
    ])
    expect(document.title).toBe('Error: Record a review – Child1 Example – TeamAround')
    expect(attendees()).toHaveAccessibleDescription(expect.stringContaining('Error: Enter who attended the review'))
    expect(api.callsTo('POST', reviewsPath)).toHaveLength(0)
  })

  it('shows the API’s refusal of a field against its question', async () => {
    const api = answerWith()
    api.on(
      `POST ${reviewsPath}`,
      problem(400, 'Some fields are not valid.', {
        errors: [
          { field: 'heldOn', message: 'must not be before the allocation on 2026-11-24' },
          { field: 'progress[1].actionId', message: "is not an action of this case's plan" },
        ],
      }),
    )
    await open()

    await fillIn()
    await userEvent.click(screen.getByRole('button', { name: 'Record review' }))

    const summary = await screen.findByRole('alert')
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['The date of the review must not be before the allocation on 24 November 2026', '#heldOn-day'],
      ["Action 2 is not an action of this case's plan", '#progress-1-status'],
    ])
    expect(heldOn()).toHaveAccessibleDescription(
      expect.stringContaining('Error: The date of the review must not be before the allocation on 24 November 2026'),
    )
  })

  it('shows why a case that is not active takes no review', async () => {
    const api = answerWith(supportCase())
    api.on(
      `POST ${reviewsPath}`,
      problem(409, 'Conflict', {
        detail: 'A review follows the first contact with the family: record that first.',
        currentState: 'ALLOCATED',
        allowedActions: [],
      }),
    )
    await open()

    await fillIn()
    await userEvent.click(screen.getByRole('button', { name: 'Record review' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A review follows the first contact with the family: record that first.',
    )
  })

  it('records the review, then shows the reviews saying what it means, and forgets the answers on this device', async () => {
    const api = answerWith()
    api.on(`POST ${reviewsPath}`, (call: ApiCall) => {
      const recorded = review({ decision: 'EXTEND', extensionStatus: 'AWAITING_SENIOR' })
      api.on(`GET ${reviewsPath}`, jsonResponse([recorded]))
      return jsonResponse({ ...recorded, ...(call.body as ReviewRequest) }, 201)
    })
    await open()

    await fillIn()
    expect(localStorage.getItem(STORED)).not.toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Record review' }))

    expect(await screen.findByRole('heading', { level: 2, name: 'Reviews' })).toBeVisible()
    const banner = screen.getByRole('alert')
    expect(banner).toHaveTextContent('Review recorded')
    expect(banner).toHaveTextContent('The extension waits for a senior’s agreement.')
    expect(api.callsTo('POST', reviewsPath)[0]?.body).toEqual({
      heldOn: '2026-11-26',
      attendees: ['Jo Example (mother)', 'Priya Shah'],
      progress: [
        { actionId: ACTION_IDS[0], status: 'DONE', note: 'Working well' },
        { actionId: ACTION_IDS[1], status: 'NOT_STARTED' },
      ],
      scores: { WELLBEING: 6 },
      decision: 'EXTEND',
      notes: 'More time for the routine.',
    })
    expect(localStorage.getItem(STORED)).toBeNull()
  })

  it('keeps the answers on this device when the session has ended, and has them back when the page opens again', async () => {
    const api = answerWith()
    api.on(`POST ${reviewsPath}`, problem(401, 'Unauthorized'))
    await open()

    await fillIn()
    await userEvent.click(screen.getByRole('button', { name: 'Record review' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your session has ended. The review has not been recorded. What you typed is kept on this device: sign in again.',
    )

    cleanup()
    await open()

    expect(screen.getByRole('heading', { name: 'Your answers are back' })).toBeVisible()
    expect(attendees()).toHaveValue('Jo Example (mother)\n\nPriya Shah ')
    expect(within(progress(1)).getByRole('radio', { name: 'Done' })).toBeChecked()
    expect(score('The family’s view of the child’s wellbeing')).toHaveValue('6')
    expect(screen.getByRole('radio', { name: 'Extend the support' })).toBeChecked()
    expect(within(heldOn()).getByRole('textbox', { name: 'Day' })).toHaveValue('26')
  })

  it('asks before leaving a review not recorded, and warns before the page is closed', async () => {
    answerWith()
    await open()

    await userEvent.type(attendees(), 'Jo Example')
    const closing = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(closing)
    expect(closing.defaultPrevented).toBe(true)

    await userEvent.click(screen.getByRole('link', { name: 'Back to reviews' }))
    expect(await screen.findByRole('heading', { name: 'This review has not been recorded' })).toHaveFocus()
    await userEvent.click(screen.getByRole('button', { name: 'Stay on this page' }))
    expect(attendees()).toHaveValue('Jo Example')

    await userEvent.click(screen.getByRole('link', { name: 'Back to reviews' }))
    await userEvent.click(await screen.findByRole('button', { name: 'Leave this page' }))
    expect(await screen.findByRole('heading', { level: 2, name: 'Reviews' })).toBeVisible()
    expect(JSON.parse(localStorage.getItem(STORED) ?? '{}')).toMatchObject({ attendees: 'Jo Example' })
  })

  it('says a closed case has no more reviews', async () => {
    answerWith(supportCase({ state: 'CLOSED', firstContactStatus: 'MET' }))
    renderRoute(`/cases/${CASE_ID}/reviews/new`)

    expect(await screen.findByRole('heading', { level: 1, name: 'This case is closed' })).toBeVisible()
    expect(screen.getByText('A closed case has no more reviews.')).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Record review' })).not.toBeInTheDocument()
  })
})
