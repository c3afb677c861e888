import { cleanup, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CASE_ID, practitioner1, supportCase } from '../../../test/allocation-fixtures'
import { recordVersion } from '../../../test/case-fixtures'
import { ACTION_IDS, interventions, plan, planAction } from '../../../test/case-work-fixtures'
import { fakeApi, problem, type ApiCall } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { jsonResponse, renderRoute } from '../../../test/render'
import type { Plan, PlanRequest } from '../api/types'
import { planValues } from '../forms/plan-form'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const casePath = `/api/v1/cases/${CASE_ID}`
const planPath = `${casePath}/plan`
const STORED = `teamaround.plan-draft.${CASE_ID}`
const NEW_ID = 'c0000000-0000-4000-8000-000000000009'

/** The API as it stands: an active case, its plan (none: not written yet) and the service's interventions. */
function answerWith(
  current: Plan | null = plan(),
  found = supportCase({ state: 'ACTIVE', firstContactStatus: 'MET' }),
) {
  return fakeApi({
    'GET /api/v1/me': jsonResponse(practitioner1),
    [`GET ${casePath}`]: jsonResponse(found),
    [`GET ${planPath}`]: current ? jsonResponse(current) : problem(404, 'Not Found'),
    'GET /api/v1/interventions': jsonResponse(interventions),
  })
}

/** Saves as the API does: the next version, stamped at `at`, a new action given an id. */
function savesAt(at: string) {
  return (call: ApiCall) => {
    const request = call.body as PlanRequest
    return jsonResponse(
      plan({
        version: (request.version ?? -1) + 1,
        updatedAt: at,
        actions: request.actions.map(({ id, ...action }) => ({ ...action, id: id ?? NEW_ID })),
        interventions: interventions.filter((intervention) => request.interventions.includes(intervention.code)),
      }),
    )
  }
}

async function open() {
  renderRoute(`/cases/${CASE_ID}/plan`)
  await screen.findByRole('heading', { level: 2, name: 'Plan' })
}

const action = (number: number) => screen.getByRole('group', { name: `Action ${number}` })
const what = (number: number) => within(action(number)).getByRole('textbox', { name: 'What will be done' })
const byWhen = (number: number, part: 'Day' | 'Month' | 'Year') =>
  within(within(action(number)).getByRole('group', { name: 'By when' })).getByRole('textbox', { name: part })
const status = () => screen.getByRole('status')
const puts = (api: ReturnType<typeof fakeApi>) => api.callsTo('PUT', planPath)

async function dueBy(number: number, day: string, month: string, year: string) {
  await userEvent.type(byWhen(number, 'Day'), day)
  await userEvent.type(byWhen(number, 'Month'), month)
  await userEvent.type(byWhen(number, 'Year'), year)
}

describe('the support plan', () => {
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

  it('shows each action with who does it, by when and where it stands, and the interventions the service offers', async () => {
    answerWith()
    await open()

    expect(document.title).toBe('Plan – Child1 Example – TeamAround')
    expect(
      within(screen.getByRole('navigation', { name: 'Case' })).getByRole('link', { name: 'Plan' }),
    ).toHaveAttribute('aria-current', 'page')
    expect(what(1)).toHaveValue('Morning routine chart with Jo')
    expect(within(action(1)).getByRole('radio', { name: 'The family' })).toBeChecked()
    expect(
      [byWhen(1, 'Day'), byWhen(1, 'Month'), byWhen(1, 'Year')].map((box) => (box as HTMLInputElement).value),
    ).toEqual(['15', '1', '2027'])
    expect(within(action(1)).getByRole('radio', { name: 'In progress' })).toBeChecked()
    expect(within(action(2)).getByRole('radio', { name: 'A partner agency' })).toBeChecked()
    expect(within(action(2)).getByRole('textbox', { name: 'Which partner agency?' })).toHaveValue('CAMHS')
    const offered = within(screen.getByRole('group', { name: 'Interventions' })).getAllByRole('checkbox')
    expect(offered.map((box) => [box.getAttribute('value'), (box as HTMLInputElement).checked])).toEqual([
      ['PACE', true],
      ['PARENTING_PROGRAMME', false],
      ['DIRECT_WORK', false],
    ])
    expect(status()).toHaveTextContent('Saved at 9:30am')
    expect(screen.getByRole('link', { name: 'Versions of the plan' })).toHaveAttribute(
      'href',
      `/cases/${CASE_ID}/plan/versions`,
    )
  })

  it('saves a new plan once its action is whole, then the action by the id the API gave it', async () => {
    const api = answerWith(null)
    api.on(`PUT ${planPath}`, savesAt('2026-11-26T10:41:00Z'))
    await open()

    expect(status()).toHaveTextContent('Not saved yet')
    await userEvent.type(what(1), 'Visit the school with Jo')
    await userEvent.tab()
    expect(status()).toHaveTextContent('An action is saved once it says what will be done, who will do it and by when.')
    await userEvent.click(within(action(1)).getByRole('radio', { name: 'The family practitioner' }))
    await dueBy(1, '4', '12', '2026')
    await userEvent.tab()

    await waitFor(() => expect(status()).toHaveTextContent('Saved at 10:41am'))
    expect(puts(api)).toHaveLength(1)
    expect(puts(api)[0]?.body).toEqual({
      actions: [{ what: 'Visit the school with Jo', who: 'PRACTITIONER', byWhen: '2026-12-04', status: 'NOT_STARTED' }],
      interventions: [],
    })

    await userEvent.click(screen.getByRole('checkbox', { name: 'Direct work with the child' }))
    await userEvent.tab()
    await waitFor(() => expect(puts(api)).toHaveLength(2))
    expect(puts(api)[1]?.body).toEqual({
      version: 0,
      actions: [
        {
          id: NEW_ID,
          what: 'Visit the school with Jo',
          who: 'PRACTITIONER',
          byWhen: '2026-12-04',
          status: 'NOT_STARTED',
        },
      ],
      interventions: ['DIRECT_WORK'],
    })
    expect(localStorage.getItem(STORED)).toBeNull()
  })

  it('adds and removes actions, and "Save plan" sends the whole plan with the version read', async () => {
    const api = answerWith()
    api.on(`PUT ${planPath}`, savesAt('2026-11-26T10:42:00Z'))
    await open()

    await userEvent.click(screen.getByRole('button', { name: 'Add another action' }))
    await userEvent.type(what(3), 'Sleep diary')
    await userEvent.click(within(action(3)).getByRole('radio', { name: 'The school' }))
    await dueBy(3, '8', '1', '2027')
    await userEvent.click(screen.getByRole('button', { name: 'Remove action 1' }))
    expect(screen.queryByRole('group', { name: 'Action 3' })).not.toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Save plan' }))

    await waitFor(() => expect(puts(api)).toHaveLength(2))
    await waitFor(() => expect(status()).toHaveTextContent('Saved at 10:42am'))
    // Leaving the date for "Remove" saved the new action; the removal goes with the version that save made.
    expect(puts(api)[0]?.body).toMatchObject({
      version: 2,
      actions: [{ id: ACTION_IDS[0] }, { id: ACTION_IDS[1] }, {}],
    })
    expect(puts(api)[1]?.body).toEqual({
      version: 3,
      actions: [
        {
          id: ACTION_IDS[1],
          what: 'Assessment of anxiety',
          who: 'PARTNER',
          partnerAgency: 'CAMHS',
          byWhen: '2027-02-01',
          status: 'NOT_STARTED',
        },
        { id: NEW_ID, what: 'Sleep diary', who: 'SCHOOL', byWhen: '2027-01-08', status: 'NOT_STARTED' },
      ],
      interventions: ['PACE'],
    })
  })

  it('checks every action before "Save plan" sends anything, each error linked to its question', async () => {
    const api = answerWith()
    await open()

    await userEvent.clear(what(1))
    await userEvent.click(within(action(2)).getByRole('radio', { name: 'A partner agency' }))
    await userEvent.clear(within(action(2)).getByRole('textbox', { name: 'Which partner agency?' }))
    await userEvent.clear(byWhen(2, 'Month'))
    await userEvent.click(screen.getByRole('button', { name: 'Save plan' }))

    const summary = await screen.findByRole('alert')
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Enter what will be done in action 1', '#actions-0-what'],
      ['Enter the partner agency that will do action 2', '#actions-1-partnerAgency'],
      ['The date for action 2 must include a month', '#actions-1-byWhen-day'],
    ])
    expect(document.title).toBe('Error: Plan – Child1 Example – TeamAround')
    expect(what(1)).toHaveAccessibleDescription(expect.stringContaining('Error: Enter what will be done in action 1'))
    expect(puts(api)).toHaveLength(0)
  })

  it('shows the API’s refusal against the action’s date', async () => {
    const api = answerWith()
    api.on(
      `PUT ${planPath}`,
      problem(400, 'Some fields are not valid.', {
        errors: [{ field: 'actions[1].byWhen', message: 'must not be before the allocation on 2026-11-24' }],
      }),
    )
    await open()

    await userEvent.clear(byWhen(2, 'Year'))
    await userEvent.type(byWhen(2, 'Year'), '2025')
    await userEvent.click(screen.getByRole('button', { name: 'Save plan' }))

    const message = 'The date for action 2 must not be before the allocation on 24 November 2026'
    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#actions-1-byWhen-day')
    expect(within(action(2)).getByRole('group', { name: 'By when' })).toHaveAccessibleDescription(
      expect.stringContaining(`Error: ${message}`),
    )
    expect(status()).toHaveTextContent(`Your latest changes could not be saved: ${message}`)
  })

  it('saves every 10 seconds while there are unsaved changes', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    vi.setSystemTime(new Date('2026-11-26T10:40:00Z'))
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    const api = answerWith()
    api.on(`PUT ${planPath}`, savesAt('2026-11-26T10:41:00Z'))
    await open()

    await user.type(what(1), ' each school day')
    expect(puts(api)).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(10_000)

    await waitFor(() => expect(puts(api)).toHaveLength(1))
    expect(puts(api)[0]?.body).toMatchObject({
      version: 2,
      actions: [{ what: 'Morning routine chart with Jo each school day' }, { id: ACTION_IDS[1] }],
    })
    await waitFor(() => expect(status()).toHaveTextContent('Saved at 10:41am'))
    await vi.advanceTimersByTimeAsync(20_000)
    expect(puts(api)).toHaveLength(1)
  })

  it('keeps the plan on this device when the session has ended, warns before leaving, and saves it when the page opens again', async () => {
    const api = answerWith()
    api.on(`PUT ${planPath}`, problem(401, 'Unauthorized'))
    await open()

    await userEvent.type(what(1), ' each school day')
    await userEvent.tab()

    expect(
      await screen.findByText(/Your changes are kept on this device and will be saved when you are signed in again\./),
    ).toBeVisible()
    expect(status()).toHaveTextContent('Not saved yet')
    expect(JSON.parse(localStorage.getItem(STORED) ?? '{}')).toMatchObject({
      baseVersion: 2,
      values: { actions: [{ what: 'Morning routine chart with Jo each school day' }, { actionId: ACTION_IDS[1] }] },
    })
    const closing = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(closing)
    expect(closing.defaultPrevented).toBe(true)

    // Signed in again, the page opens with the server still at version 2.
    cleanup()
    api.on(`PUT ${planPath}`, savesAt('2026-11-26T10:45:00Z'))
    await open()

    expect(what(1)).toHaveValue('Morning routine chart with Jo each school day')
    expect(screen.getByRole('heading', { name: 'Your unsaved changes are back' })).toBeVisible()
    await waitFor(() => expect(status()).toHaveTextContent('Saved at 10:45am'))
    expect(puts(api).at(-1)?.body).toMatchObject({
      version: 2,
      actions: [{ id: ACTION_IDS[0], what: 'Morning routine chart with Jo each school day' }, { id: ACTION_IDS[1] }],
    })
    expect(localStorage.getItem(STORED)).toBeNull()
  })

  describe('when someone else saved it meanwhile', () => {
    const theirs = plan({
      version: 3,
      updatedBy: 'Helen Moore',
      updatedAt: '2026-11-26T10:39:00Z',
      actions: [planAction({ what: 'Morning routine chart', status: 'DONE' })],
      interventions: [interventions[1]!],
    })

    /** The first save is stale: the API has Helen Moore's plan at version 3. */
    function staleThenSaves() {
      const api = answerWith()
      api.on(`PUT ${planPath}`, () => {
        api.on(`GET ${planPath}`, jsonResponse(theirs))
        api.on(`PUT ${planPath}`, savesAt('2026-11-26T10:44:00Z'))
        return problem(409, 'Conflict', { currentVersion: 3 })
      })
      return api
    }

    async function clash() {
      await open()
      await userEvent.type(what(1), ' each school day')
      await userEvent.tab()
      return screen.findByRole('region', { name: 'Important' })
    }

    it('shows their plan, saves nothing more until the user chooses, and keeps the user’s plan on their version', async () => {
      const api = staleThenSaves()
      const notice = await clash()

      expect(within(notice).getByRole('heading', { name: 'Someone else changed this plan' })).toBeVisible()
      expect(within(notice).getByText(/Helen Moore saved it at 10:39am, while you were writing\./)).toBeVisible()
      expect(within(notice).getByRole('listitem')).toHaveTextContent(
        'Morning routine chart – The family, by 15 January 2027 (done)',
      )
      expect(within(notice).getByText('Interventions: Parenting programme')).toBeVisible()
      expect(what(1)).toHaveValue('Morning routine chart with Jo each school day')
      await userEvent.type(what(2), ' and sleep')
      await userEvent.tab()
      expect(puts(api)).toHaveLength(1)

      await userEvent.click(within(notice).getByRole('button', { name: 'Keep your plan' }))

      await waitFor(() => expect(status()).toHaveTextContent('Saved at 10:44am'))
      expect(puts(api)[1]?.body).toMatchObject({
        version: 3,
        actions: [
          { id: ACTION_IDS[0], what: 'Morning routine chart with Jo each school day' },
          // Helen removed it: the user's is a new action again.
          { what: 'Assessment of anxiety and sleep', who: 'PARTNER' },
        ],
        interventions: ['PACE'],
      })
      expect(puts(api)[1]?.body).not.toHaveProperty('actions.1.id')
      expect(screen.queryByRole('heading', { name: 'Someone else changed this plan' })).not.toBeInTheDocument()
    })

    it('asks again when the page opens with the user’s plan on this device and theirs on the server', async () => {
      const api = answerWith(theirs)
      api.on(`PUT ${planPath}`, savesAt('2026-11-26T10:44:00Z'))
      const mine = plan()
      mine.actions[0]!.what = 'Morning routine chart with Jo and Gran'
      localStorage.setItem(
        STORED,
        JSON.stringify({ values: planValues(mine), base: planValues(plan()), baseVersion: 2 }),
      )
      await open()

      expect(screen.getByRole('heading', { name: 'Someone else changed this plan' })).toBeVisible()
      expect(what(1)).toHaveValue('Morning routine chart with Jo and Gran')
      expect(status()).toHaveTextContent('Not saved yet')
      expect(puts(api)).toHaveLength(0)

      await userEvent.click(screen.getByRole('button', { name: 'Keep your plan' }))

      await waitFor(() => expect(status()).toHaveTextContent('Saved at 10:44am'))
      expect(puts(api)[0]?.body).toMatchObject({
        version: 3,
        actions: [
          { id: ACTION_IDS[0], what: 'Morning routine chart with Jo and Gran' },
          { what: 'Assessment of anxiety' },
        ],
      })
    })

    it('takes their plan instead, forgetting the user’s on this device', async () => {
      const api = staleThenSaves()
      const notice = await clash()

      await userEvent.click(within(notice).getByRole('button', { name: 'Use Helen Moore’s plan' }))

      expect(what(1)).toHaveValue('Morning routine chart')
      expect(screen.queryByRole('group', { name: 'Action 2' })).not.toBeInTheDocument()
      expect(screen.getByRole('checkbox', { name: 'Parenting programme' })).toBeChecked()
      expect(status()).toHaveTextContent('Saved at 10:39am')
      expect(localStorage.getItem(STORED)).toBeNull()
      expect(puts(api)).toHaveLength(1)
    })
  })

  it('shows a closed case’s plan read-only', async () => {
    answerWith(plan(), supportCase({ state: 'CLOSED', firstContactStatus: 'MET' }))
    await open()

    expect(
      screen.getByText('The case is closed. The plan was last saved by Priya Shah on 26 November 2026 at 9:30am.'),
    ).toBeVisible()
    const table = screen.getByRole('table', { name: 'Actions' })
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual([
      'Morning routine chart with JoThe family15 January 2027In progress',
      'Assessment of anxietyCAMHS1 February 2027Not started',
    ])
    expect(screen.getByText('PACE (playfulness, acceptance, curiosity, empathy)')).toBeVisible()
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
    expect(within(screen.getByRole('main')).queryByRole('button')).not.toBeInTheDocument()
  })
})

describe('the versions of a plan', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('lists every saved version, latest first, with what it held and who saved it', async () => {
    fakeApi({
      'GET /api/v1/me': jsonResponse(practitioner1),
      [`GET ${casePath}`]: jsonResponse(supportCase({ state: 'ACTIVE', firstContactStatus: 'MET' })),
      [`GET ${planPath}/versions`]: jsonResponse([
        recordVersion(2, { state: undefined, content: { actions: [{}, {}], interventions: ['PACE'] } }),
        recordVersion(1, { state: undefined, savedBy: 'Helen Moore', content: { actions: [{}], interventions: [] } }),
      ]),
    })
    renderRoute(`/cases/${CASE_ID}/plan/versions`)

    const table = await screen.findByRole('table', { name: '2 versions, latest first' })
    expect(document.title).toBe('Versions of the plan – Child1 Example – TeamAround')
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) =>
          within(row)
            .getAllByRole('cell')
            .map((cell) => cell.textContent),
        ),
    ).toEqual([
      ['2 actions, 1 intervention', 'Priya Shah', '26 November 2026 at 9:20am'],
      ['1 action, 0 interventions', 'Helen Moore', '26 November 2026 at 9:10am'],
    ])
    expect(screen.getByRole('link', { name: 'Back to the plan' })).toHaveAttribute('href', `/cases/${CASE_ID}/plan`)
  })
})
