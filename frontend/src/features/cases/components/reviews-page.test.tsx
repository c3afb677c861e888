import { screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CASE_ID, practitioner1, supportCase } from '../../../test/allocation-fixtures'
import { outcomeScales, review } from '../../../test/case-work-fixtures'
import { fakeApi, problem } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { senior1 } from '../../../test/referral-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'
import type { Case, Review } from '../api/types'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const casePath = `/api/v1/cases/${CASE_ID}`
const active = (overrides: Partial<Case> = {}) =>
  supportCase({ state: 'ACTIVE', firstContactStatus: 'MET', nextReviewDue: '2027-01-07', ...overrides })

/** Waits for a senior: the support is to go on beyond the usual 4 months. */
const extending = review({
  id: 'b0000000-0000-4000-8000-000000000002',
  heldOn: '2027-01-06',
  decision: 'EXTEND',
  extensionStatus: 'AWAITING_SENIOR',
  nextDue: '2027-02-17',
  scores: { WELLBEING: 7 },
  progress: [],
  notes: 'Jo asked for more time with the routine.',
  recordedAt: '2027-01-06T15:00:00Z',
})

function answerWith(me = practitioner1, found = active(), reviews: Review[] = [extending, review()]) {
  return fakeApi({
    'GET /api/v1/me': jsonResponse(me),
    [`GET ${casePath}`]: jsonResponse(found),
    [`GET ${casePath}/reviews`]: jsonResponse(reviews),
    'GET /api/v1/outcome-scales': jsonResponse(outcomeScales),
  })
}

async function open() {
  renderRoute(`/cases/${CASE_ID}/reviews`)
  await screen.findByRole('heading', { level: 2, name: 'Reviews' })
}

/** The review card titled after the day it was held. */
const card = (heldOn: string) =>
  screen
    .getByRole('heading', { level: 3, name: `Review held on ${heldOn}` })
    .closest('.govuk-summary-card') as HTMLElement

/** The value against a key in a review card. */
function cardValue(heldOn: string, key: string): HTMLElement {
  const term = within(card(heldOn))
    .getAllByRole('term')
    .find((element) => element.textContent === key)
  return term?.nextElementSibling as HTMLElement
}

describe('a case’s reviews', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2027-01-08T10:00:00Z'))
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('lists the reviews latest first, with who came, the decision, progress and scores, and the next one due', async () => {
    // The API's scores in another order than the service's scales.
    const scores = { SCHOOL_ENGAGEMENT: 4, WELLBEING: 6 }
    answerWith(practitioner1, active({ nextReviewDue: '2027-01-07' }), [review({ nextDue: '2027-01-07', scores })])
    await open()

    expect(document.title).toBe('Reviews – Child1 Example – TeamAround')
    expect(screen.getByText(/^Next review:/)).toHaveTextContent('Next review: Due by Thursday 7 January 2027Overdue')
    expect(screen.getByText('Overdue')).toHaveClass('govuk-tag--red')
    expect(screen.getByRole('button', { name: 'Record a review' })).toHaveAttribute(
      'href',
      `/cases/${CASE_ID}/reviews/new`,
    )
    expect(cardValue('26 November 2026', 'Decision')).toHaveTextContent('Continue the support')
    expect(cardValue('26 November 2026', 'Next review due')).toHaveTextContent('7 January 2027')
    expect(
      within(cardValue('26 November 2026', 'Attended'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Jo Example (mother)', 'Priya Shah (family practitioner)'])
    expect(cardValue('26 November 2026', 'Progress')).toHaveTextContent(
      'Morning routine chart with Jo – done: Working well',
    )
    expect(
      within(cardValue('26 November 2026', 'Scores'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['The family’s view of the child’s wellbeing: 6 out of 10', 'School engagement: 4 out of 10'])
    expect(cardValue('26 November 2026', 'Recorded by')).toHaveTextContent('Priya Shah on 26 November 2026 at 3:00pm')
  })

  it('tells a practitioner an extension waits for a senior, with nothing for them to decide', async () => {
    answerWith()
    await open()

    const headings = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)
    expect(headings).toEqual(['Review held on 6 January 2027', 'Review held on 26 November 2026'])
    expect(cardValue('6 January 2027', 'Extension')).toHaveTextContent('Waiting for a senior’s agreement')
    expect(screen.queryByRole('button', { name: 'Agree extension' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Refuse extension' })).not.toBeInTheDocument()
  })

  it('lets a senior agree to the extension with a note, and says so', async () => {
    const api = answerWith(senior1)
    api.on(`POST /api/v1/reviews/${extending.id}/extension`, () => {
      const agreed = {
        ...extending,
        extensionStatus: 'AGREED' as const,
        extensionDecidedBy: 'Helen Moore',
        extensionDecidedAt: '2027-01-08T10:00:00Z',
        extensionNote: 'Agreed for 6 more weeks.',
      }
      api.on(`GET ${casePath}/reviews`, jsonResponse([agreed, review()]))
      return jsonResponse(agreed)
    })
    await open()

    expect(within(card('26 November 2026')).queryByRole('button')).not.toBeInTheDocument()
    await userEvent.type(
      within(card('6 January 2027')).getByRole('textbox', { name: 'Note for the practitioner (optional)' }),
      'Agreed for 6 more weeks.',
    )
    await userEvent.click(within(card('6 January 2027')).getByRole('button', { name: 'Agree extension' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Extension agreed')
    await waitFor(() =>
      expect(cardValue('6 January 2027', 'Extension')).toHaveTextContent(
        'Agreed by Helen Moore on 8 January 2027 at 10:00amAgreed for 6 more weeks.',
      ),
    )
    expect(screen.queryByRole('button', { name: 'Agree extension' })).not.toBeInTheDocument()
    expect(api.callsTo('POST', `/api/v1/reviews/${extending.id}/extension`)[0]?.body).toEqual({
      agreed: true,
      note: 'Agreed for 6 more weeks.',
    })
  })

  it('shows a senior why their decision was refused', async () => {
    const api = answerWith(senior1)
    api.on(
      `POST /api/v1/reviews/${extending.id}/extension`,
      problem(409, 'Conflict', { detail: 'This review has no extension waiting for a senior’s agreement.' }),
    )
    await open()

    await userEvent.click(screen.getByRole('button', { name: 'Refuse extension' }))

    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('There is a problem')
    expect(summary).toHaveTextContent('This review has no extension waiting for a senior’s agreement.')
    expect(document.title).toBe('Error: Reviews – Child1 Example – TeamAround')
    expect(api.callsTo('POST', `/api/v1/reviews/${extending.id}/extension`)[0]?.body).toEqual({ agreed: false })
  })

  it('shows a closed case’s reviews read-only, even to a senior', async () => {
    answerWith(senior1, supportCase({ state: 'CLOSED', firstContactStatus: 'MET' }))
    await open()

    expect(screen.getByText('The case is closed: it has no more reviews.')).toBeVisible()
    expect(cardValue('6 January 2027', 'Extension')).toHaveTextContent('Waiting for a senior’s agreement')
    expect(within(screen.getByRole('main')).queryByRole('button')).not.toBeInTheDocument()
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
  })

  it('says reviews start after the first contact', async () => {
    answerWith(practitioner1, supportCase(), [])
    await open()

    expect(screen.getByText('Reviews start after the first contact with the family.')).toBeVisible()
    expect(screen.getByText('No reviews have been recorded yet.')).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Record a review' })).not.toBeInTheDocument()
  })
})
