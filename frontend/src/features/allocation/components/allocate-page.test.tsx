import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { practitioners, queueItem, queuePage, supportCase } from '../../../test/allocation-fixtures'
import { fakeApi, problem } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { senior1 } from '../../../test/referral-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'
import { summaryValue } from '../../../test/summary-list'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const waiting = queueItem(1, { reason: 'Core offer: Northgate Primary School has had no allocation this school year' })
const [, priya, tom] = practitioners

function answerWith(queue = [waiting]) {
  return fakeApi({
    'GET /api/v1/me': jsonResponse(senior1),
    'GET /api/v1/allocations/queue': jsonResponse(queuePage(queue)),
    'GET /api/v1/practitioners': jsonResponse(practitioners),
  })
}

async function open() {
  renderRoute(`/allocations/${waiting.referralId}`)
  await screen.findByRole('heading', { level: 1, name: 'Allocate Child1 Example' })
}

const practitionerRadio = (name: string) =>
  within(screen.getByRole('group', { name: 'Who will be the family’s practitioner?' })).getByRole('radio', { name })

const overrideReason = () => screen.queryByRole('textbox', { name: 'Why allocate beyond capacity?' })

/** The headers of the one POST the page sent. */
function postedHeaders(): Headers {
  const post = vi.mocked(fetch).mock.calls.find(([, init]) => init?.method === 'POST')
  return new Headers(post?.[1]?.headers)
}

describe('allocating a referral', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('sums up the referral and offers each practitioner with their caseload, saying who is at capacity', async () => {
    answerWith()
    await open()

    expect(summaryValue('Reference')).toHaveTextContent('TA-2026-000001')
    expect(summaryValue('School')).toHaveTextContent('Northgate Primary School')
    expect(summaryValue('Accepted on')).toHaveTextContent('11 November 2026')
    expect(summaryValue('Why here')).toHaveTextContent(
      'Core offer: Northgate Primary School has had no allocation this school year',
    )
    expect(practitionerRadio('Helen Moore')).toHaveAccessibleDescription('2 of 6 cases')
    expect(practitionerRadio('Priya Shah')).toHaveAccessibleDescription('Pontefract · 3 of 12 cases')
    expect(practitionerRadio('Tom Walsh')).toHaveAccessibleDescription('Castleford · 12 of 12 cases · At capacity')
  })

  it('asks why only when the chosen practitioner is at capacity', async () => {
    answerWith()
    await open()

    await userEvent.click(practitionerRadio('Priya Shah'))
    expect(overrideReason()).not.toBeInTheDocument()

    await userEvent.click(practitionerRadio('Tom Walsh'))
    expect(overrideReason()).toBeVisible()
    expect(overrideReason()).toHaveAccessibleDescription(
      'Tom Walsh has 12 of 12 cases. Say why this family should go to them now.',
    )
    await userEvent.type(overrideReason()!, 'Tom knows the family from a sibling’s case.')

    await userEvent.click(practitionerRadio('Priya Shah'))
    expect(overrideReason()).not.toBeInTheDocument()
    await userEvent.click(practitionerRadio('Tom Walsh'))
    expect(overrideReason()).toHaveValue('Tom knows the family from a sibling’s case.')
  })

  it('asks for a practitioner before sending anything', async () => {
    const api = answerWith()
    await open()

    await userEvent.click(screen.getByRole('button', { name: 'Allocate' }))

    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('There is a problem')
    expect(within(summary).getByRole('link', { name: 'Select the family’s practitioner' })).toHaveAttribute(
      'href',
      '#practitionerId',
    )
    expect(document.title).toBe('Error: Allocate Child1 Example – TeamAround')
    expect(screen.getByRole('group', { name: 'Who will be the family’s practitioner?' })).toHaveAccessibleDescription(
      expect.stringContaining('Error: Select the family’s practitioner'),
    )
    await userEvent.click(within(summary).getByRole('link', { name: 'Select the family’s practitioner' }))
    expect(practitionerRadio('Helen Moore')).toHaveFocus()
    expect(api.callsTo('POST', '/api/v1/allocations')).toHaveLength(0)
  })

  it('allocates beyond capacity with the reason, then shows the case with whom it went to and when contact is due', async () => {
    const api = answerWith()
    const allocated = supportCase({
      practitionerId: tom!.id,
      practitionerName: 'Tom Walsh',
      overrideReason: 'Tom knows the family from a sibling’s case.',
    })
    api.on('POST /api/v1/allocations', jsonResponse(allocated, 201))
    api.on(`GET /api/v1/cases/${allocated.id}`, jsonResponse(allocated))
    await open()

    await userEvent.click(practitionerRadio('Tom Walsh'))
    await userEvent.type(overrideReason()!, '  Tom knows the family from a sibling’s case. ')
    await userEvent.click(screen.getByRole('button', { name: 'Allocate' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Child1 Example' })).toBeVisible()
    const banner = screen.getByRole('alert')
    expect(banner).toHaveTextContent('Success')
    expect(banner).toHaveTextContent('Allocated to Tom Walsh')
    expect(banner).toHaveTextContent('First contact due by Tuesday 1 December 2026')
    expect(api.callsTo('POST', '/api/v1/allocations')[0]?.body).toEqual({
      referralId: waiting.referralId,
      practitionerId: tom!.id,
      overrideReason: 'Tom knows the family from a sibling’s case.',
    })
    expect(postedHeaders().get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('sends no reason for a practitioner with room, even one typed for another', async () => {
    const api = answerWith()
    api.on('POST /api/v1/allocations', jsonResponse(supportCase(), 201))
    api.on(`GET /api/v1/cases/${supportCase().id}`, jsonResponse(supportCase()))
    await open()

    await userEvent.click(practitionerRadio('Tom Walsh'))
    await userEvent.type(overrideReason()!, 'Knows the family.')
    await userEvent.click(practitionerRadio('Priya Shah'))
    await userEvent.click(screen.getByRole('button', { name: 'Allocate' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Allocated to Priya Shah')
    expect(api.callsTo('POST', '/api/v1/allocations')[0]?.body).toEqual({
      referralId: waiting.referralId,
      practitionerId: priya!.id,
    })
  })

  it('shows the API’s field error when the practitioner reached capacity meanwhile, and asks why', async () => {
    const api = answerWith()
    await open()
    api.on(
      'POST /api/v1/allocations',
      problem(400, 'Some fields are not valid.', {
        errors: [{ field: 'overrideReason', message: 'is required: Priya Shah is at capacity (12 of 12 cases)' }],
      }),
    )
    api.on(
      'GET /api/v1/practitioners',
      jsonResponse(practitioners.map((p) => (p.id === priya!.id ? { ...p, caseload: 12 } : p))),
    )

    await userEvent.click(practitionerRadio('Priya Shah'))
    await userEvent.click(screen.getByRole('button', { name: 'Allocate' }))

    const summary = await screen.findByRole('alert')
    const message = 'Reason for allocating beyond capacity is required: Priya Shah is at capacity (12 of 12 cases)'
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#overrideReason')
    expect(await screen.findByRole('textbox', { name: 'Why allocate beyond capacity?' })).toHaveAccessibleDescription(
      expect.stringContaining(`Error: ${message}`),
    )
    expect(practitionerRadio('Priya Shah')).toHaveAccessibleDescription('Pontefract · 12 of 12 cases · At capacity')

    await userEvent.click(within(summary).getByRole('link', { name: message }))
    expect(overrideReason()).toHaveFocus()
  })

  it('says so when someone else allocated the referral first (409)', async () => {
    const api = answerWith()
    await open()
    api.on(
      'POST /api/v1/allocations',
      problem(409, 'Conflict', {
        detail: 'The referral is ALLOCATED; it cannot be allocated now.',
        currentState: 'ALLOCATED',
      }),
    )
    api.on('GET /api/v1/allocations/queue', jsonResponse(queuePage([])))

    await userEvent.click(practitionerRadio('Priya Shah'))
    await userEvent.click(screen.getByRole('button', { name: 'Allocate' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('The referral is ALLOCATED; it cannot be allocated now.')
    expect(screen.getByRole('heading', { level: 1, name: 'Allocate Child1 Example' })).toBeVisible()
    expect(screen.getByRole('link', { name: 'Back to the allocation queue' })).toHaveAttribute('href', '/allocations')
  })

  it('says when the referral is not waiting for allocation', async () => {
    const api = answerWith([])
    renderRoute(`/allocations/${waiting.referralId}`)

    expect(
      await screen.findByRole('heading', { level: 1, name: 'This referral is not waiting for allocation' }),
    ).toBeVisible()
    expect(screen.getByRole('link', { name: 'Go to the allocation queue' })).toHaveAttribute('href', '/allocations')
    // The referral's own place is asked for, wherever it is in the queue, not the first page
    const [asked] = api.callsTo('GET', '/api/v1/allocations/queue')
    expect(asked?.url.searchParams.get('referralId')).toBe(waiting.referralId)
  })
})
