import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CASE_ID, practitioner1, supportCase } from '../../../test/allocation-fixtures'
import { closure } from '../../../test/case-work-fixtures'
import { fakeApi, problem } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { senior1 } from '../../../test/referral-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'
import { summaryValue } from '../../../test/summary-list'
import type { Case } from '../api/types'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const casePath = `/api/v1/cases/${CASE_ID}`

const closed = supportCase({ state: 'CLOSED', firstContactStatus: 'DUE' })

function answerWith(me: typeof senior1, found: Case = closed) {
  return fakeApi({
    'GET /api/v1/me': jsonResponse(me),
    [`GET ${casePath}`]: jsonResponse(found),
    [`GET ${casePath}/closure`]: jsonResponse(closure({ reason: 'DISENGAGED' })),
    [`GET ${casePath}/closures`]: jsonResponse([closure({ reason: 'DISENGAGED' })]),
    [`GET ${casePath}/groups`]: jsonResponse([]),
    [`GET ${casePath}/audits`]: jsonResponse([]),
  })
}

const reason = () => screen.getByRole('textbox', { name: 'Why are you reopening the case?' })

describe('reopening a closed case', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('is offered to a senior on a closed case’s summary', async () => {
    answerWith(senior1)
    renderRoute(`/cases/${CASE_ID}`)

    expect(await screen.findByRole('button', { name: 'Reopen this case' })).toHaveAttribute(
      'href',
      `/cases/${CASE_ID}/reopen`,
    )
  })

  it('is not offered to the practitioner, nor on an open case', async () => {
    answerWith(practitioner1)
    const { unmount } = renderRoute(`/cases/${CASE_ID}`)
    expect(await screen.findByRole('heading', { level: 2, name: 'Closure' })).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Reopen this case' })).not.toBeInTheDocument()
    unmount()

    answerWith(senior1, supportCase({ state: 'ACTIVE', firstContactStatus: 'MET' }))
    renderRoute(`/cases/${CASE_ID}`)
    expect(await screen.findByRole('button', { name: 'Close the case' })).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Reopen this case' })).not.toBeInTheDocument()
  })

  it('asks for the reason before sending anything', async () => {
    const api = answerWith(senior1)
    renderRoute(`/cases/${CASE_ID}/reopen`)
    await screen.findByRole('heading', { level: 1, name: 'Reopen this case' })

    expect(summaryValue('Reason')).toHaveTextContent('The family disengaged')
    await userEvent.type(reason(), '  ')
    await userEvent.click(screen.getByRole('button', { name: 'Reopen the case' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Enter why you are reopening the case' })).toHaveAttribute(
      'href',
      '#reason',
    )
    expect(document.title).toBe('Error: Reopen this case – Child1 Example – TeamAround')
    expect(api.callsTo('POST', `${casePath}/reopen`)).toHaveLength(0)
  })

  it('reopens the case with the reason, then shows it open again with the closure marked reopened', async () => {
    const api = answerWith(senior1)
    api.on(`POST ${casePath}/reopen`, (call) => {
      const reopened = closure({
        reason: 'DISENGAGED',
        reopened: { at: '2026-12-03T11:00:00Z', by: 'Helen Moore', reason: (call.body as { reason: string }).reason },
      })
      api.on(`GET ${casePath}`, jsonResponse(supportCase()))
      api.on(`GET ${casePath}/closures`, jsonResponse([reopened]))
      api.on(`GET ${casePath}/closure`, problem(404, 'Not Found'))
      return jsonResponse(reopened)
    })
    renderRoute(`/cases/${CASE_ID}/reopen`)
    await screen.findByRole('heading', { level: 1, name: 'Reopen this case' })

    await userEvent.type(reason(), ' The family asked for help again. ')
    await userEvent.click(screen.getByRole('button', { name: 'Reopen the case' }))

    expect(await screen.findByRole('heading', { level: 2, name: 'Summary' })).toBeVisible()
    expect(screen.getByRole('alert')).toHaveTextContent('Case reopened')
    expect(summaryValue('State')).toHaveTextContent('Allocated')
    expect(await screen.findByRole('table', { name: 'Closed once, the latest first' })).toHaveTextContent(
      'Reopened on 3 December 2026 by Helen Moore: The family asked for help again.',
    )
    expect(api.callsTo('POST', `${casePath}/reopen`)[0]?.body).toEqual({ reason: 'The family asked for help again.' })
  })

  it('says so when the case is not closed', async () => {
    answerWith(senior1, supportCase())
    renderRoute(`/cases/${CASE_ID}/reopen`)

    expect(await screen.findByRole('heading', { level: 1, name: 'This case is open' })).toBeVisible()
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
  })

  it('is for seniors only', async () => {
    answerWith(practitioner1)
    renderRoute(`/cases/${CASE_ID}/reopen`)

    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot reopen a case' })).toBeVisible()
  })
})
