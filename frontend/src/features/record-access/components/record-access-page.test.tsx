import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { supportCase } from '../../../test/allocation-fixtures'
import {
  auditAnswer,
  auditCalls,
  CASE_ID,
  entry,
  manyEntries,
  practitioners,
  REFERRAL_ID,
  referralTrail,
  senior1,
} from '../../../test/record-access-fixtures'
import { completeDraft } from '../../../test/referral-fixtures'
import { tableCells } from '../../../test/report-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'
import type { AuditEntry } from '../api/types'
import type { Referral } from '../../referrals/api/types'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const accessPath = `/referrals/${REFERRAL_ID}/access`

function seniorSees(trail: AuditEntry[], referral: Partial<Referral> = { state: 'SUBMITTED' }) {
  return fakeApi({
    'GET /api/v1/me': jsonResponse(senior1),
    [`GET /api/v1/referrals/${REFERRAL_ID}`]: jsonResponse(completeDraft({ allowedActions: [], ...referral })),
    'GET /api/v1/practitioners': jsonResponse(practitioners),
    'GET /api/v1/cases': jsonResponse([supportCase({ id: 'another-case', referralId: 'another' }), supportCase()]),
    'GET /api/v1/audit': auditAnswer(trail),
  })
}

/** Who each person is and their roles, as the tables write them. */
const HELEN = ['Helen Moore', 'Senior practitioner, Family practitioner']
const TOM = ['Tom Walsh', 'Family practitioner']
const SENCO1 = ['senco1', 'School referrer (SENCO)']

const history = async () => screen.findByRole('table', { name: /accesses, newest first/ })

describe('who has looked at a child’s record, from its referral', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('sums up each person (by name when the service knows it), their refusals, then lists every access', async () => {
    const api = seniorSees(referralTrail)
    renderRoute(accessPath)

    expect(await screen.findByRole('heading', { level: 2, name: /^Who has looked at this child/ })).toBeVisible()
    expect(screen.getByRole('heading', { level: 1, name: 'Sam Example' })).toBeVisible()
    expect(document.title).toBe('Who has looked at this record – Sam Example – TeamAround')
    const back = screen.getByRole('link', { name: 'Back to the referral' })
    expect(back).toHaveAttribute('href', `/referrals/${REFERRAL_ID}`)
    expect(tableCells(screen.getByRole('table', { name: '3 people' }))).toEqual([
      [...HELEN, 'Read twiceLooked at this history once', '3', '25 November 2026 at 2:05pm', 'No'],
      [...TOM, 'Refused once', '1', '25 November 2026 at 11:00am', 'Refused once'],
      [...SENCO1, 'Changed twice', '2', '24 November 2026 at 9:00am', 'No'],
    ])
    expect(screen.getByText('Refused once', { selector: '.govuk-tag' })).toHaveClass('govuk-tag--red')
    expect(screen.queryByText(/This summary covers the latest/)).not.toBeInTheDocument()

    expect(tableCells(await history())).toEqual([
      ['25 November 2026 at 2:05pm', ...HELEN, 'Looked at this history', 'Referral', 'Allowed'],
      ['25 November 2026 at 2:00pm', ...HELEN, 'Read', 'Referral', 'Allowed'],
      ['25 November 2026 at 11:00am', ...TOM, 'Refused', 'Referral', 'Refused'],
      ['24 November 2026 at 10:00am', ...HELEN, 'Read', 'Referral', 'Allowed'],
      ['24 November 2026 at 9:00am', ...SENCO1, 'Changed', 'Referral', 'Allowed'],
      ['24 November 2026 at 8:30am', ...SENCO1, 'Changed', 'Referral', 'Allowed'],
    ])
    expect(auditCalls(api.calls, 50)).toEqual([{ recordIds: [REFERRAL_ID], from: null, to: null, page: '0' }])
    expect(api.callsTo('GET', '/api/v1/cases')).toHaveLength(0)
    expect(screen.queryByRole('navigation', { name: 'Pagination' })).not.toBeInTheDocument()
  })

  it('takes in the case once the referral is allocated, and says which of the two each access was to', async () => {
    const api = seniorSees(
      [
        entry({ at: '2026-11-26T10:00:00Z', recordType: 'CASE', recordId: CASE_ID }),
        entry({ at: '2026-11-26T09:00:00Z', action: 'LIST' }),
        ...referralTrail,
      ],
      { state: 'ALLOCATED' },
    )
    renderRoute(accessPath)

    const rows = tableCells(await history())
    expect(rows[0]).toEqual(['26 November 2026 at 10:00am', ...HELEN, 'Read', 'Case', 'Allowed'])
    expect(rows[1]).toEqual(['26 November 2026 at 9:00am', ...HELEN, 'Saw in a list', 'Referral', 'Allowed'])
    expect(screen.getByText(/read, changed or been refused the child’s referral or case,/)).toBeVisible()
    expect(auditCalls(api.calls, 50)).toEqual([{ recordIds: [REFERRAL_ID, CASE_ID], from: null, to: null, page: '0' }])
    expect(auditCalls(api.calls, 200)[0]?.recordIds).toEqual([REFERRAL_ID, CASE_ID])
  })

  it('shows 50 accesses a page, the page and the days kept in the address', async () => {
    const api = seniorSees(manyEntries(120))
    renderRoute(`${accessPath}?from=2026-11-01&page=2`)

    const table = await screen.findByRole('table', { name: '120 accesses, newest first, page 2 of 3' })
    expect(tableCells(table)).toHaveLength(50)
    expect(auditCalls(api.calls, 50)).toEqual([{ recordIds: [REFERRAL_ID], from: '2026-11-01', to: null, page: '1' }])
    const pagination = screen.getByRole('navigation', { name: 'Pagination' })
    expect(within(pagination).getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page')
    expect(within(pagination).getByRole('link', { name: 'Page 3' })).toHaveAttribute(
      'href',
      `${accessPath}?from=2026-11-01&page=3`,
    )
    expect(screen.getByLabelText('Date from')).toHaveValue('2026-11-01')

    await userEvent.click(within(pagination).getByRole('link', { name: /^Next\s*page$/ }))
    expect(tableCells(await screen.findByRole('table', { name: /page 3 of 3$/ }))).toHaveLength(20)
  })

  it('narrows the history to the days asked for, from its first page; the summary keeps the whole record', async () => {
    const api = seniorSees(referralTrail)
    renderRoute(`${accessPath}?page=2`)
    expect(await screen.findByText('There is no page 2.')).toBeVisible()

    await userEvent.type(screen.getByLabelText('Date from'), '2026-11-25')
    await userEvent.type(screen.getByLabelText('Date to'), '2026-11-25')
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }))

    const table = await screen.findByRole('table', { name: '3 accesses, newest first' })
    expect(tableCells(table).map((row) => row[0])).toEqual([
      '25 November 2026 at 2:05pm',
      '25 November 2026 at 2:00pm',
      '25 November 2026 at 11:00am',
    ])
    expect(auditCalls(api.calls, 50).at(-1)).toEqual({
      recordIds: [REFERRAL_ID],
      from: '2026-11-25',
      to: '2026-11-25',
      page: '0',
    })
    expect(screen.getByRole('table', { name: '3 people' })).toBeVisible()
    expect(screen.getByLabelText('Date to')).toHaveValue('2026-11-25')
    await userEvent.click(screen.getByRole('link', { name: 'Clear the dates' }))
    expect(await screen.findByRole('table', { name: '6 accesses, newest first' })).toBeVisible()
  })

  it('says what is wrong with the days in the address, and asks for no history until they are right', async () => {
    const api = seniorSees(referralTrail)
    renderRoute(`${accessPath}?from=2026-11-25&to=2026-11-24`)

    const summary = await screen.findByRole('alert')
    const error = within(summary).getByRole('link', { name: 'Date to must be the same as or after date from' })
    expect(error).toHaveAttribute('href', '#to')
    expect(document.title).toBe('Error: Who has looked at this record – Sam Example – TeamAround')
    expect(screen.getByLabelText('Date to')).toHaveAccessibleDescription(/Date to must be the same as or after/)
    expect(screen.getByRole('table', { name: '3 people' })).toBeVisible()
    expect(auditCalls(api.calls, 50)).toEqual([])
  })

  it('sums up the latest 1,000 accesses of a much-read record, and says so', async () => {
    const api = seniorSees(manyEntries(1_100))
    renderRoute(accessPath)

    expect(await screen.findByText(/This summary covers the latest 1,000 accesses/)).toBeVisible()
    expect(tableCells(screen.getByRole('table', { name: '1 person' }))[0]?.[3]).toBe('1000')
    expect(auditCalls(api.calls, 200).map((call) => call.page)).toEqual(['0', '1', '2', '3', '4'])
    expect(await screen.findByRole('table', { name: '1100 accesses, newest first, page 1 of 22' })).toBeVisible()
  })
})
