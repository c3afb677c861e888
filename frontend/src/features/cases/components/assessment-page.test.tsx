import { cleanup, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CASE_ID, practitioner1, supportCase } from '../../../test/allocation-fixtures'
import { assessment, WRITTEN } from '../../../test/case-fixtures'
import { fakeApi, problem, type ApiCall } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { jsonResponse, renderRoute } from '../../../test/render'
import type { AssessmentRequest } from '../api/types'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const casePath = `/api/v1/cases/${CASE_ID}`
const assessmentPath = `${casePath}/assessment`
const STORED = `teamaround.assessment-draft.${CASE_ID}`

const LABELS = [
  'The child’s needs',
  'Parenting capacity',
  'Family and environmental factors',
  'Strengths',
  'Risks',
  'The child’s wishes and feelings',
  'Aspirations (preparing for adulthood)',
  'The school’s input',
  'The family network and contingency',
]

const section = (label: string) => screen.getByRole('textbox', { name: label })
const status = () => screen.getByRole('status')

/** The API as it stands: the case, and its assessment (none: not started). */
function answerWith(current: ReturnType<typeof assessment> | null = assessment()) {
  const api = fakeApi({
    'GET /api/v1/me': jsonResponse(practitioner1),
    [`GET ${casePath}`]: jsonResponse(supportCase({ state: 'ACTIVE', firstContactStatus: 'MET' })),
    [`GET ${assessmentPath}`]: current ? jsonResponse(current) : problem(404, 'Not Found'),
  })
  return api
}

/** Saves as the API does: the next version, stamped at `at`. */
function savesAt(at: string) {
  return (call: ApiCall) => {
    const request = call.body as AssessmentRequest
    return jsonResponse(
      assessment({ sections: request.sections, version: (request.version ?? -1) + 1, updatedAt: at }),
    )
  }
}

async function open() {
  renderRoute(`/cases/${CASE_ID}/assessment`)
  await screen.findByRole('heading', { level: 2, name: 'Assessment' })
}

const puts = (api: ReturnType<typeof fakeApi>) => api.callsTo('PUT', assessmentPath)

describe('the assessment', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
    localStorage.clear()
    // Only the clock: "today" is Thursday 26 November 2026.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-26T10:40:00Z'))
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('shows the nine sections with what is written, and when it was saved', async () => {
    answerWith()
    await open()

    expect(document.title).toBe('Assessment – Child1 Example – TeamAround')
    expect(
      within(screen.getByRole('navigation', { name: 'Case' })).getByRole('link', { name: 'Assessment' }),
    ).toHaveAttribute('aria-current', 'page')
    expect(screen.getAllByRole('textbox').map((box) => box.id)).toHaveLength(9)
    LABELS.forEach((label) => expect(section(label)).toBeVisible())
    expect(section('The child’s needs')).toHaveValue(WRITTEN.childNeeds)
    expect(section('Strengths')).toHaveValue(WRITTEN.strengths)
    expect(section('Risks')).toHaveValue('')
    expect(status()).toHaveTextContent('Saved at 9:30am')
    expect(screen.getByRole('link', { name: 'Versions of the assessment' })).toHaveAttribute(
      'href',
      `/cases/${CASE_ID}/assessment/versions`,
    )
  })

  it('saves a changed section when it loses focus, with the version last saved, and says when', async () => {
    const api = answerWith()
    api.on(`PUT ${assessmentPath}`, savesAt('2026-11-26T10:42:00Z'))
    await open()

    await userEvent.type(section('Risks'), WRITTEN.risks)
    expect(status()).toHaveTextContent('Not saved yet')
    await userEvent.tab()

    await waitFor(() => expect(status()).toHaveTextContent('Saved at 10:42am'))
    expect(puts(api)[0]?.body).toEqual({
      version: 3,
      sections: { childNeeds: WRITTEN.childNeeds, strengths: WRITTEN.strengths, risks: WRITTEN.risks },
    })

    // Focus passing through without a change saves nothing; the next change goes with the new version.
    await userEvent.click(section('Risks'))
    await userEvent.tab()
    expect(puts(api)).toHaveLength(1)
    await userEvent.type(section('Aspirations (preparing for adulthood)'), WRITTEN.aspirations)
    await userEvent.tab()
    await waitFor(() => expect(puts(api)).toHaveLength(2))
    expect(puts(api)[1]?.body).toMatchObject({ version: 4, sections: { aspirations: WRITTEN.aspirations } })
    expect(localStorage.getItem(STORED)).toBeNull()
  })

  it('starts a new assessment with its first save, which has no version', async () => {
    const api = answerWith(null)
    api.on(`PUT ${assessmentPath}`, savesAt('2026-11-26T10:41:00Z'))
    await open()

    expect(status()).toHaveTextContent('Not saved yet')
    await userEvent.type(section('The child’s needs'), 'Anxious.')
    await userEvent.tab()

    await waitFor(() => expect(status()).toHaveTextContent('Saved at 10:41am'))
    expect(puts(api)[0]?.body).toEqual({ sections: { childNeeds: 'Anxious.' } })
  })

  it('saves every 10 seconds while there are unsaved changes', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    vi.setSystemTime(new Date('2026-11-26T10:40:00Z'))
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    const api = answerWith()
    api.on(`PUT ${assessmentPath}`, savesAt('2026-11-26T10:41:00Z'))
    await open()

    await user.type(section('Risks'), 'Growing')
    expect(puts(api)).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(10_000)

    await waitFor(() => expect(puts(api)).toHaveLength(1))
    expect(puts(api)[0]?.body).toMatchObject({ version: 3, sections: { risks: 'Growing' } })
    await waitFor(() => expect(status()).toHaveTextContent('Saved at 10:41am'))
    await vi.advanceTimersByTimeAsync(20_000)
    expect(puts(api)).toHaveLength(1)
  })

  it('keeps the text on this device when the session has ended, and saves it when the page opens again', async () => {
    const api = answerWith()
    api.on(`PUT ${assessmentPath}`, problem(401, 'Unauthorized'))
    await open()

    await userEvent.type(section('Risks'), WRITTEN.risks)
    await userEvent.tab()

    expect(
      await screen.findByText(
        /Your changes are kept on this device and will be saved when you are signed in again\./,
      ),
    ).toBeVisible()
    expect(status()).toHaveTextContent('Not saved yet')
    expect(JSON.parse(localStorage.getItem(STORED) ?? '{}')).toMatchObject({
      baseVersion: 3,
      texts: { risks: WRITTEN.risks, childNeeds: WRITTEN.childNeeds },
    })

    // Signed in again, the page opens with the server still at version 3.
    cleanup()
    api.on(`PUT ${assessmentPath}`, savesAt('2026-11-26T10:45:00Z'))
    await open()

    expect(section('Risks')).toHaveValue(WRITTEN.risks)
    expect(section('The child’s needs')).toHaveValue(WRITTEN.childNeeds)
    expect(screen.getByRole('heading', { name: 'Your unsaved changes are back' })).toBeVisible()
    await waitFor(() => expect(status()).toHaveTextContent('Saved at 10:45am'))
    expect(puts(api).at(-1)?.body).toMatchObject({ version: 3, sections: { risks: WRITTEN.risks } })
    expect(localStorage.getItem(STORED)).toBeNull()
  })

  it('keeps the text on this device when the server cannot be reached', async () => {
    const api = answerWith()
    await open()
    vi.mocked(fetch).mockRejectedValueOnce(new TypeError('Failed to fetch'))

    await userEvent.type(section('Risks'), 'Growing')
    await userEvent.tab()

    expect(
      await screen.findByText(/will be saved when TeamAround can be reached again/),
    ).toBeVisible()
    expect(JSON.parse(localStorage.getItem(STORED) ?? '{}')).toMatchObject({ texts: { risks: 'Growing' } })
    expect(puts(api)).toHaveLength(0) // the request never reached the API
  })

  it('tells the user when someone else saved meanwhile, merges what it can, and keeps their text where both wrote', async () => {
    const api = answerWith()
    const theirs = assessment({
      version: 5,
      updatedBy: 'Helen Moore',
      updatedAt: '2026-11-26T10:39:00Z',
      sections: {
        childNeeds: WRITTEN.childNeeds,
        strengths: WRITTEN.strengths,
        risks: 'Mornings are the hardest.',
        schoolInput: WRITTEN.schoolInput,
      },
    })
    api.on(`PUT ${assessmentPath}`, () => {
      api.on(`GET ${assessmentPath}`, jsonResponse(theirs))
      return problem(409, 'Conflict', { currentVersion: 5 })
    })
    await open()

    await userEvent.type(section('Risks'), WRITTEN.risks)
    await userEvent.tab()

    expect(await screen.findByRole('heading', { name: 'Someone else changed this assessment' })).toBeVisible()
    expect(screen.getByText(/Helen Moore saved it at 10:39am/)).toBeVisible()
    expect(screen.getByText(/You both changed: Risks\./)).toBeVisible()
    expect(section('Risks')).toHaveValue(WRITTEN.risks)
    expect(screen.getByText('Helen Moore’s version, saved at 10:39am:')).toBeVisible()
    expect(screen.getByText('Mornings are the hardest.')).toBeVisible()
    expect(section('The school’s input')).toHaveValue(WRITTEN.schoolInput)
    expect(status()).toHaveTextContent('Not saved yet')

    // Their text merged in by hand, the next save builds on their version.
    api.on(`PUT ${assessmentPath}`, savesAt('2026-11-26T10:44:00Z'))
    await userEvent.type(section('Risks'), ' Mornings are the hardest.')
    await userEvent.tab()
    await waitFor(() => expect(status()).toHaveTextContent('Saved at 10:44am'))
    expect(puts(api).at(-1)?.body).toMatchObject({
      version: 5,
      sections: { risks: `${WRITTEN.risks} Mornings are the hardest.`, schoolInput: WRITTEN.schoolInput },
    })
  })

  it('lists the empty sections when it cannot be completed, each linked to its box', async () => {
    const api = answerWith()
    api.on(
      `POST ${assessmentPath}/complete`,
      problem(422, 'The assessment cannot be completed yet: some sections are empty.', {
        errors: [
          { field: 'sections.risks', message: 'is required to complete the assessment' },
          { field: 'sections.parentingCapacity', message: 'is required to complete the assessment' },
        ],
      }),
    )
    await open()

    await userEvent.click(screen.getByRole('button', { name: 'Complete assessment' }))

    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('There is a problem')
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Parenting capacity is required to complete the assessment', '#sections-parentingCapacity'],
      ['Risks is required to complete the assessment', '#sections-risks'],
    ])
    expect(document.title).toBe('Error: Assessment – Child1 Example – TeamAround')
    expect(section('Risks')).toHaveAccessibleDescription(
      expect.stringContaining('Error: Risks is required to complete the assessment'),
    )
    await userEvent.click(within(summary).getByRole('link', { name: 'Risks is required to complete the assessment' }))
    expect(section('Risks')).toHaveFocus()
    expect(api.callsTo('POST', `${assessmentPath}/complete`)[0]?.body).toEqual({ version: 3 })
  })

  it('lists every section as empty when nothing has been written, without asking the API', async () => {
    const api = answerWith(null)
    await open()

    await userEvent.click(screen.getByRole('button', { name: 'Complete assessment' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual(
      LABELS.map((label) => `${label} is required to complete the assessment`),
    )
    expect(api.callsTo('POST', `${assessmentPath}/complete`)).toHaveLength(0)
    expect(puts(api)).toHaveLength(0)
  })

  it('saves what is unsaved, completes, then shows the assessment read-only with who completed it', async () => {
    const api = answerWith(assessment({ sections: { ...WRITTEN, risks: undefined } }))
    api.on(`PUT ${assessmentPath}`, savesAt('2026-11-26T10:44:00Z'))
    api.on(`POST ${assessmentPath}/complete`, () =>
      jsonResponse(
        assessment({
          state: 'COMPLETED',
          sections: WRITTEN,
          version: 5,
          updatedAt: '2026-11-26T10:45:00Z',
          completedAt: '2026-11-26T10:45:00Z',
          completedBy: 'Priya Shah',
        }),
      ),
    )
    await open()

    await userEvent.type(section('Risks'), WRITTEN.risks)
    await userEvent.click(screen.getByRole('button', { name: 'Complete assessment' }))

    expect(await screen.findByText('Completed by Priya Shah on 26 November 2026 at 10:45am')).toBeVisible()
    expect(screen.getByRole('alert')).toHaveTextContent('Assessment completed')
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 3, name: 'Risks' })).toBeVisible()
    expect(screen.getByText(WRITTEN.risks)).toBeVisible()
    expect(puts(api)[0]?.body).toMatchObject({ version: 3, sections: { risks: WRITTEN.risks } })
    expect(api.callsTo('POST', `${assessmentPath}/complete`)[0]?.body).toEqual({ version: 4 })
    expect(localStorage.getItem(STORED)).toBeNull()
  })

  it('shows a completed assessment read-only', async () => {
    answerWith(
      assessment({
        state: 'COMPLETED',
        sections: WRITTEN,
        completedAt: '2026-11-25T14:05:00Z',
        completedBy: 'Priya Shah',
      }),
    )
    await open()

    expect(screen.getByText('Completed by Priya Shah on 25 November 2026 at 2:05pm')).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Complete assessment' })).not.toBeInTheDocument()
    expect(screen.getByText(WRITTEN.familyNetwork)).toBeVisible()
  })

  it('saves before going to another page of the service', async () => {
    const api = answerWith()
    api.on(`PUT ${assessmentPath}`, savesAt('2026-11-26T10:42:00Z'))
    api.on(`GET ${casePath}/contacts`, jsonResponse([]))
    await open()

    await userEvent.type(section('Risks'), 'Growing')
    await userEvent.click(within(screen.getByRole('navigation', { name: 'Case' })).getByRole('link', { name: 'Contacts' }))

    expect(await screen.findByRole('heading', { level: 2, name: 'Contacts' })).toBeVisible()
    expect(puts(api)[0]?.body).toMatchObject({ sections: { risks: 'Growing' } })
  })

  it('asks before leaving when the changes cannot be saved, and warns before the page is closed', async () => {
    const api = answerWith()
    api.on(`PUT ${assessmentPath}`, problem(401, 'Unauthorized'))
    api.on(`GET ${casePath}/contacts`, jsonResponse([]))
    await open()

    await userEvent.type(section('Risks'), 'Growing')
    const closing = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(closing)
    expect(closing.defaultPrevented).toBe(true)

    const contacts = () =>
      within(screen.getByRole('navigation', { name: 'Case' })).getByRole('link', { name: 'Contacts' })
    await userEvent.click(contacts())
    expect(await screen.findByRole('heading', { name: 'Your latest changes have not been saved' })).toHaveFocus()
    await userEvent.click(screen.getByRole('button', { name: 'Stay on this page' }))
    expect(section('Risks')).toHaveValue('Growing')

    await userEvent.click(contacts())
    await userEvent.click(await screen.findByRole('button', { name: 'Leave this page' }))
    expect(await screen.findByRole('heading', { level: 2, name: 'Contacts' })).toBeVisible()
    expect(JSON.parse(localStorage.getItem(STORED) ?? '{}')).toMatchObject({ texts: { risks: 'Growing' } })
  })
})
