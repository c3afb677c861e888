import { cleanup, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CASE_ID, practitioner1, supportCase } from '../../../test/allocation-fixtures'
import { closure } from '../../../test/case-work-fixtures'
import { fakeApi, problem } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { jsonResponse, renderRoute } from '../../../test/render'
import { summaryValue } from '../../../test/summary-list'
import type { Case } from '../api/types'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const casePath = `/api/v1/cases/${CASE_ID}`
const closePath = `${casePath}/close`
const STORED = `teamaround.closure-form.${CASE_ID}`

function answerWith(found: Case = supportCase({ state: 'ACTIVE', firstContactStatus: 'MET' })) {
  return fakeApi({
    'GET /api/v1/me': jsonResponse(practitioner1),
    [`GET ${casePath}`]: jsonResponse(found),
  })
}

async function open() {
  renderRoute(`/cases/${CASE_ID}/close`)
  await screen.findByRole('heading', { level: 1, name: 'Close the case' })
}

const question = (legend: string) => screen.getByRole('group', { name: legend })
const answer = (legend: string, label: string) =>
  userEvent.click(within(question(legend)).getByRole('radio', { name: label }))
const feedback = (who: string) => screen.getByRole('group', { name: `From ${who}` })

async function fillIn(reason = 'Outcomes achieved') {
  await answer('Why is the case closing?', reason)
  await answer('Is the child still at the same school?', 'Yes')
  await userEvent.type(screen.getByRole('textbox', { name: 'Attendance now (optional)' }), '94.5')
  await userEvent.type(screen.getByRole('textbox', { name: 'Suspensions since the referral (optional)' }), '0')
  await answer('Is the child at risk of permanent exclusion now? (optional)', 'No')
  await answer('Was an EHC needs assessment requested?', 'No')
  await answer('Was an EHC plan issued?', 'No')
  await userEvent.click(screen.getByRole('checkbox', { name: 'Getting a good education' }))
  await userEvent.click(screen.getByRole('checkbox', { name: 'Improved family relationships' }))
  await userEvent.type(
    within(feedback('the child')).getByRole('textbox', { name: 'What did the child say?' }),
    'I like school more now.',
  )
  await userEvent.click(within(feedback('the school')).getByRole('radio', { name: '4' }))
}

describe('closing a case', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
    localStorage.clear()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-26T10:00:00Z'))
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('checks the answers before sending anything, each error linked to its question', async () => {
    const api = answerWith()
    await open()

    expect(document.title).toBe('Close the case – Child1 Example – TeamAround')
    await answer('Why is the case closing?', 'Another reason')
    await userEvent.type(screen.getByRole('textbox', { name: 'Attendance now (optional)' }), '120')
    await userEvent.click(screen.getByRole('button', { name: 'Close the case' }))

    const summary = await screen.findByRole('alert')
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Enter why the case is closing', '#reasonDetail'],
      ['Select yes if the child is still at the same school', '#outcomes-placementKept'],
      [
        'Attendance after the support must be a percentage from 0 to 100, like 92.5',
        '#outcomes-attendancePercentAfter',
      ],
      ['Select yes if an EHC needs assessment was requested', '#outcomes-ehcNeedsAssessmentRequested'],
      ['Select yes if an EHC plan was issued', '#outcomes-ehcpIssued'],
    ])
    expect(document.title).toBe('Error: Close the case – Child1 Example – TeamAround')
    expect(screen.getByRole('textbox', { name: 'What is the reason?' })).toHaveAccessibleDescription(
      expect.stringContaining('Error: Enter why the case is closing'),
    )
    expect(api.callsTo('POST', closePath)).toHaveLength(0)
  })

  it('says which review a closure needs first, and links to record it', async () => {
    const api = answerWith()
    api.on(
      `POST ${closePath}`,
      problem(409, 'Conflict', {
        detail: 'Closing with OUTCOMES_ACHIEVED follows a review that decided CLOSE: hold that review first.',
        currentState: 'ACTIVE',
        allowedActions: ['REVIEW'],
      }),
    )
    await open()

    await fillIn()
    await userEvent.click(screen.getByRole('button', { name: 'Close the case' }))

    const summary = await screen.findByRole('alert')
    expect(
      within(summary).getByRole('link', {
        name: 'Closing as “outcomes achieved” follows a review that decided to close the case: record that review first',
      }),
    ).toHaveAttribute('href', `/cases/${CASE_ID}/reviews/new`)
  })

  it('shows the API’s refusal of feedback against whose it is', async () => {
    const api = answerWith()
    api.on(
      `POST ${closePath}`,
      problem(400, 'Some fields are not valid.', {
        errors: [{ field: 'feedback[1].quote', message: 'must be 2000 characters or fewer' }],
      }),
    )
    await open()

    await fillIn()
    await userEvent.type(
      within(feedback('the school')).getByRole('textbox', { name: 'What did the school say?' }),
      'Good.',
    )
    await userEvent.click(screen.getByRole('button', { name: 'Close the case' }))

    // The parent gave none: the second feedback sent is the school's.
    const message = 'The quote from the school must be 2000 characters or fewer'
    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#feedback-SCHOOL-quote')
    expect(
      within(feedback('the school')).getByRole('textbox', { name: 'What did the school say?' }),
    ).toHaveAccessibleDescription(expect.stringContaining(`Error: ${message}`))
  })

  it('closes the case, then shows its outcomes against the referral and no way to change it', async () => {
    const api = answerWith()
    api.on(`POST ${closePath}`, () => {
      api.on(`GET ${casePath}`, jsonResponse(supportCase({ state: 'CLOSED', firstContactStatus: 'MET' })))
      return jsonResponse(closure())
    })
    await open()

    await fillIn()
    await userEvent.click(screen.getByRole('button', { name: 'Close the case' }))

    expect(await screen.findByRole('heading', { level: 2, name: 'Closure' })).toBeVisible()
    expect(screen.getByRole('alert')).toHaveTextContent('Case closed')
    expect(summaryValue('State')).toHaveTextContent('Closed')
    expect(api.callsTo('POST', closePath)[0]?.body).toEqual({
      reason: 'OUTCOMES_ACHIEVED',
      outcomes: {
        placementKept: true,
        attendancePercentAfter: 94.5,
        suspensionsAfter: 0,
        atRiskOfExclusionAfter: false,
        ehcNeedsAssessmentRequested: false,
        ehcpIssued: false,
        supportingFamiliesHeadlinesMet: ['GOOD_EDUCATION', 'FAMILY_RELATIONSHIPS'],
      },
      feedback: [
        { from: 'CHILD', quote: 'I like school more now.' },
        { from: 'SCHOOL', rating: 4 },
      ],
    })
    expect(localStorage.getItem(STORED)).toBeNull()
    expect(within(screen.getByRole('main')).queryByRole('button')).not.toBeInTheDocument()
  })

  it('keeps the answers on this device as they are typed, and has them back after a reload', async () => {
    answerWith()
    await open()

    await fillIn('The family moved away')
    cleanup()
    await open()

    expect(screen.getByRole('heading', { name: 'Your answers are back' })).toBeVisible()
    expect(
      within(question('Why is the case closing?')).getByRole('radio', { name: 'The family moved away' }),
    ).toBeChecked()
    expect(screen.getByRole('textbox', { name: 'Attendance now (optional)' })).toHaveValue('94.5')
    expect(screen.getByRole('checkbox', { name: 'Improved family relationships' })).toBeChecked()
    expect(within(feedback('the school')).getByRole('radio', { name: '4' })).toBeChecked()
  })

  it('says a closed case is closed already', async () => {
    answerWith(supportCase({ state: 'CLOSED', firstContactStatus: 'MET' }))
    renderRoute(`/cases/${CASE_ID}/close`)

    expect(await screen.findByRole('heading', { level: 1, name: 'This case is closed' })).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Close the case' })).not.toBeInTheDocument()
  })
})
