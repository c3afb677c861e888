import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, problem } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { senior1 } from '../../../test/referral-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'
import { dueReview, erasedReview, heldReview, listAnswer, REVIEW_IDS } from '../../../test/retention-fixtures'
import { summaryValue } from '../../../test/summary-list'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const LIST = '/api/v1/retention/reviews'
const ERASURE = `/api/v1/retention/reviews/${REVIEW_IDS[0]}/erasure`
const HOLD = `/api/v1/retention/reviews/${REVIEW_IDS[0]}/hold`

function answerWith(due = [dueReview()]) {
  return fakeApi({ 'GET /api/v1/me': jsonResponse(senior1), [`GET ${LIST}`]: listAnswer({ DUE: due }) })
}

async function open(decision: 'erase' | 'hold', title: string) {
  renderRoute(`/retention/${REVIEW_IDS[0]}/${decision}`)
  await screen.findByRole('heading', { level: 1, name: title })
}

const openErasure = () => open('erase', 'Erase this family’s record')
const openHold = () => open('hold', 'Keep this record longer')

const CHECKED = 'I have checked that this record is not needed for a court, safeguarding or complaints process'
const eraseButton = () => screen.getByRole('button', { name: 'Erase record' })
const reason = () => screen.getByRole('textbox', { name: 'Why is the record being kept longer?' })
const keepUntil = () => screen.getByRole('group', { name: 'Keep it until' })

async function fillHold(why: string, [day, month, year]: [string, string, string]) {
  await userEvent.type(reason(), why)
  await userEvent.type(within(keepUntil()).getByRole('textbox', { name: 'Day' }), day)
  await userEvent.type(within(keepUntil()).getByRole('textbox', { name: 'Month' }), month)
  await userEvent.type(within(keepUntil()).getByRole('textbox', { name: 'Year' }), year)
}

describe('erasing a family’s record', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('shows the record and warns what goes and what stays', async () => {
    answerWith()
    await openErasure()

    expect(document.title).toBe('Erase this family’s record – TA-2024-000001 – TeamAround')
    expect(screen.getByText('Child1 Example, record TA-2024-000001')).toHaveClass('govuk-caption-l')
    expect(summaryValue('Date of birth')).toHaveTextContent('14 March 2002')
    expect(summaryValue('Case closed on')).toHaveTextContent('20 July 2024')
    expect(summaryValue('Retention date')).toHaveTextContent('14 March 2027')
    const warning = screen.getByText(/^Warning/).parentElement!
    expect(warning).toHaveTextContent('You cannot undo this.')
    expect(warning).toHaveTextContent('names, dates of birth, identifiers and everything written about them')
    expect(warning).toHaveTextContent('Only an anonymised record stays for the service’s reports')
    expect(eraseButton()).toHaveClass('govuk-button--warning')
    expect(screen.getByRole('link', { name: 'Back to records due for erasure' })).toHaveAttribute('href', '/retention')
  })

  it('cannot be sent until the senior confirms the record is not needed', async () => {
    const api = answerWith()
    await openErasure()

    await userEvent.click(eraseButton())

    const summary = await screen.findByRole('alert')
    const link = within(summary).getByRole('link', { name: /^Confirm that you have checked the record is not needed/ })
    expect(link).toHaveAttribute('href', '#checked')
    expect(screen.getByRole('checkbox', { name: CHECKED })).not.toBeChecked()
    expect(document.title).toBe('Error: Erase this family’s record – TA-2024-000001 – TeamAround')
    expect(api.callsTo('POST', ERASURE)).toHaveLength(0)
  })

  it('erases the record with the version read, then says so on the list', async () => {
    const api = answerWith()
    api.on(`POST ${ERASURE}`, () => {
      api.on(`GET ${LIST}`, listAnswer({ ERASED: [erasedReview()] }))
      return jsonResponse(erasedReview())
    })
    await openErasure()

    await userEvent.click(screen.getByRole('checkbox', { name: CHECKED }))
    await userEvent.click(eraseButton())

    await screen.findByRole('heading', { level: 1, name: 'Records due for erasure' })
    const banner = screen.getByRole('alert')
    expect(banner).toHaveTextContent('Record TA-2024-000001 erased')
    expect(banner).toHaveTextContent('An anonymised record stays for the reports.')
    expect(await screen.findByText('No records are due for review.')).toBeVisible()
    expect(api.callsTo('POST', ERASURE)[0]?.body).toEqual({ version: 0 })
  })

  it('shows what the server said when someone decided first, and reloads the record on asking', async () => {
    const api = answerWith()
    api.on(`POST ${ERASURE}`, () => {
      api.on(`GET ${LIST}`, listAnswer({ DUE: [] }))
      return problem(409, 'Not possible in the record’s current state', {
        detail: 'Only a record due for review can be erased or held.',
        currentState: 'HELD',
      })
    })
    await openErasure()

    await userEvent.click(screen.getByRole('checkbox', { name: CHECKED }))
    await userEvent.click(eraseButton())

    expect(await screen.findByRole('alert')).toHaveTextContent('Only a record due for review can be erased or held.')
    await userEvent.click(screen.getByRole('button', { name: 'Reload the record' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'This record is no longer due for review' })).toBeVisible()
    expect(screen.getByRole('link', { name: 'Records kept longer' })).toHaveAttribute('href', '/retention?state=HELD')
  })

  it('after a stale version, reloads the record and erases it with its current version', async () => {
    const api = answerWith()
    api.on(`POST ${ERASURE}`, () => {
      api.on(`GET ${LIST}`, listAnswer({ DUE: [dueReview({ version: 1 })] }))
      api.on(`POST ${ERASURE}`, jsonResponse(erasedReview()))
      return problem(409, 'The record was changed by someone else', {
        detail: 'Someone else changed this record. Reload it and apply your change again.',
        currentVersion: 1,
      })
    })
    await openErasure()
    await userEvent.click(screen.getByRole('checkbox', { name: CHECKED }))
    await userEvent.click(eraseButton())
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else changed this record.')

    await userEvent.click(screen.getByRole('button', { name: 'Reload the record' }))

    await vi.waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
    expect(screen.queryByRole('button', { name: 'Reload the record' })).not.toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: CHECKED })).not.toBeChecked()
    await userEvent.click(screen.getByRole('checkbox', { name: CHECKED }))
    await userEvent.click(eraseButton())
    expect(await screen.findByText('Record TA-2024-000001 erased')).toBeVisible()
    expect(api.callsTo('POST', ERASURE).map((call) => call.body)).toEqual([{ version: 0 }, { version: 1 }])
  })

  it('says so when the record is not among those due', async () => {
    answerWith([heldReview({ state: 'DUE' })])
    renderRoute(`/retention/${REVIEW_IDS[0]}/erase?page=2`)

    expect(await screen.findByRole('heading', { level: 1, name: 'This record is no longer due for review' })).toBeVisible()
    expect(screen.getByRole('link', { name: 'Back to records due for erasure' })).toHaveAttribute(
      'href',
      '/retention?page=2',
    )
  })
})

describe('keeping a family’s record longer', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('checks the answers before sending anything', async () => {
    const api = answerWith()
    await openHold()

    await userEvent.type(within(keepUntil()).getByRole('textbox', { name: 'Day' }), '31')
    await userEvent.type(within(keepUntil()).getByRole('textbox', { name: 'Month' }), '2')
    await userEvent.click(screen.getByRole('button', { name: 'Keep record' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter why the record is being kept longer', '#reason'],
      ['The date to keep the record until must include a year', '#keepUntil-day'],
    ])
    expect(api.callsTo('POST', HOLD)).toHaveLength(0)
  })

  it('shows the server’s refusal of a field against it', async () => {
    const api = answerWith()
    api.on(
      `POST ${HOLD}`,
      problem(400, 'The request has invalid fields', { errors: [{ field: 'keepUntil', message: 'must be after today' }] }),
    )
    await openHold()

    await fillHold('A complaint is still open.', ['1', '3', '2027'])
    await userEvent.click(screen.getByRole('button', { name: 'Keep record' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'The date to keep the record until must be after today' }))
      .toHaveAttribute('href', '#keepUntil-day')
    expect(keepUntil()).toHaveAccessibleDescription(
      expect.stringContaining('Error: The date to keep the record until must be after today'),
    )
    expect(screen.queryByRole('button', { name: 'Reload the record' })).not.toBeInTheDocument()
    expect(api.callsTo('POST', HOLD)[0]?.body).toEqual({
      version: 0,
      reason: 'A complaint is still open.',
      keepUntil: '2027-03-01',
    })
  })

  it('keeps the record until the day given, then says so on the list', async () => {
    const api = answerWith()
    api.on(`POST ${HOLD}`, (call) => jsonResponse(heldReview({ ...(call.body as object), id: REVIEW_IDS[0] })))
    await openHold()

    await fillHold('  A complaint is still open. ', ['1', '6', '2028'])
    await userEvent.click(screen.getByRole('button', { name: 'Keep record' }))

    await screen.findByRole('heading', { level: 1, name: 'Records due for erasure' })
    const banner = screen.getByRole('alert')
    expect(banner).toHaveTextContent('Record TA-2024-000001 kept until 1 June 2028')
    expect(banner).toHaveTextContent('It will be due for review again on that day.')
    expect(api.callsTo('POST', HOLD)[0]?.body).toEqual({
      version: 0,
      reason: 'A complaint is still open.',
      keepUntil: '2028-06-01',
    })
  })
})
