import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { practitioner1 } from '../../../test/allocation-fixtures'
import { auditCycle, CYCLE_ID } from '../../../test/audit-fixtures'
import { fakeApi, problem } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { senior1 } from '../../../test/referral-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

function answerWith(cycles = [auditCycle({ graded: 1 })]) {
  return fakeApi({ 'GET /api/v1/me': jsonResponse(senior1), 'GET /api/v1/audit-cycles': jsonResponse(cycles) })
}

async function open() {
  renderRoute('/audits')
  await screen.findByRole('heading', { level: 1, name: 'Case audits' })
}

const sampleSize = () => screen.getByRole('textbox', { name: 'How many cases should the cycle sample? (optional)' })

describe('the audit cycles', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2027-01-19T10:00:00Z'))
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('lists the cycles with how many cases are graded, and when the next is due', async () => {
    answerWith([
      auditCycle({ graded: 1 }),
      auditCycle({
        id: 'a4d17000-0000-4000-8000-000000000002',
        startedOn: '2026-10-27',
        nextCycleDue: '2026-12-08',
        graded: 2,
      }),
    ])
    await open()

    expect(document.title).toBe('Case audits – TeamAround')
    expect(screen.getByText(/^Next audit cycle due/).parentElement).toHaveTextContent(
      /^Next audit cycle due 19 January 2027$/,
    )
    const table = screen.getByRole('table', { name: '2 audit cycles, the latest first' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['Helen Moore', '1 of 2', '19 January 2027'],
      ['Helen Moore', '2 of 2', '8 December 2026'],
    ])
    expect(within(rows[0]!).getByRole('link', { name: '8 December 2026 audit cycle' })).toHaveAttribute(
      'href',
      `/audits/${CYCLE_ID}`,
    )
  })

  it('says in red that the next cycle is overdue once its day has passed', async () => {
    vi.setSystemTime(new Date('2027-01-20T10:00:00Z'))
    answerWith()
    await open()

    const due = screen.getByText(/^Next audit cycle due/).parentElement!
    expect(due).toHaveTextContent(/^Next audit cycle due 19 January 2027Overdue$/)
    expect(within(due).getByText('Overdue')).toHaveClass('govuk-tag--red')
  })

  it('says when no cycle has been started', async () => {
    answerWith([])
    await open()

    expect(screen.getByText('No audit cycle has been started yet.')).toBeVisible()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  it('starts a cycle of the size asked for, then shows its sampled cases', async () => {
    const api = answerWith([])
    const started = auditCycle({ startedOn: '2027-01-19', nextCycleDue: '2027-03-02' })
    api.on('POST /api/v1/audit-cycles', jsonResponse(started, 201))
    api.on(`GET /api/v1/audit-cycles/${CYCLE_ID}`, jsonResponse(started))
    await open()

    await userEvent.type(sampleSize(), '2')
    await userEvent.click(screen.getByRole('button', { name: 'Start an audit cycle' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Audit cycle started 19 January 2027' })).toBeVisible()
    const banner = screen.getByRole('alert')
    expect(banner).toHaveTextContent('Audit cycle started')
    expect(banner).toHaveTextContent('2 open cases were sampled for grading.')
    expect(api.callsTo('POST', '/api/v1/audit-cycles')[0]?.body).toEqual({ sampleSize: 2 })
  })

  it('leaves the size to the service when none is given', async () => {
    const api = answerWith([])
    api.on('POST /api/v1/audit-cycles', jsonResponse(auditCycle(), 201))
    await open()

    await userEvent.click(screen.getByRole('button', { name: 'Start an audit cycle' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Audit cycle started 8 December 2026' })).toBeVisible()
    expect(api.callsTo('POST', '/api/v1/audit-cycles')[0]?.body).toEqual({})
  })

  it('checks the size before sending anything', async () => {
    const api = answerWith()
    await open()

    await userEvent.type(sampleSize(), '0')
    await userEvent.click(screen.getByRole('button', { name: 'Start an audit cycle' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Enter a whole number of cases from 1 to 100' })).toHaveAttribute(
      'href',
      '#sampleSize',
    )
    expect(sampleSize()).toHaveAccessibleDescription(expect.stringContaining('Error: Enter a whole number of cases'))
    expect(document.title).toBe('Error: Case audits – TeamAround')
    expect(api.callsTo('POST', '/api/v1/audit-cycles')).toHaveLength(0)
  })

  it('says so when there are no open cases to sample', async () => {
    const api = answerWith()
    api.on(
      'POST /api/v1/audit-cycles',
      problem(409, 'Not possible in the record’s current state', { detail: 'There are no open cases to audit.' }),
    )
    await open()

    await userEvent.click(screen.getByRole('button', { name: 'Start an audit cycle' }))

    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('There is a problem')
    expect(summary).toHaveTextContent('There are no open cases to audit.')
    expect(screen.getByRole('heading', { level: 1, name: 'Case audits' })).toBeVisible()
  })

  it('is for seniors only', async () => {
    fakeApi({ 'GET /api/v1/me': jsonResponse(practitioner1) })
    renderRoute('/audits')

    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot audit cases' })).toBeVisible()
  })
})
