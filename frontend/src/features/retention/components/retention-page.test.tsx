import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { practitioner1 } from '../../../test/allocation-fixtures'
import { fakeApi } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { senior1 } from '../../../test/referral-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'
import {
  dueReview,
  erasedReview,
  heldReview,
  listAnswer,
  REVIEW_IDS,
  reviewPage,
} from '../../../test/retention-fixtures'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const LIST = '/api/v1/retention/reviews'
const SWEEPS = '/api/v1/retention/sweeps'

function answerWith(byState: Parameters<typeof listAnswer>[0]) {
  return fakeApi({ 'GET /api/v1/me': jsonResponse(senior1), [`GET ${LIST}`]: listAnswer(byState) })
}

async function open(path = '/retention') {
  renderRoute(path)
  await screen.findByRole('heading', { level: 1, name: 'Records due for erasure' })
}

/** The table's rows, each as the text of its cells, the header row left out. */
async function rowsOf(caption: string | RegExp) {
  const table = await screen.findByRole('table', { name: caption })
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))
}

const tab = (name: string) => within(screen.getByRole('navigation', { name: 'Records by state' })).getByRole('link', { name })

describe('the records due for erasure', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('lists the records due, each leading to erasing it or keeping it longer', async () => {
    const api = answerWith({ DUE: [dueReview(), heldReview({ state: 'DUE', id: REVIEW_IDS[1] })] })
    await open()

    expect(document.title).toBe('Records due for erasure – TeamAround')
    expect(tab('Due')).toHaveAttribute('aria-current', 'page')
    expect(tab('Held')).toHaveAttribute('href', '/retention?state=HELD')
    expect(await rowsOf('2 records due for review, earliest retention date first')).toEqual([
      [
        'TA-2024-000001',
        'Child1 ExampleBorn 14 March 2002',
        'Northgate Primary School',
        'Case closed on 20 July 2024',
        '14 March 2027',
        'Erase record TA-2024-000001Keep longer record TA-2024-000001',
      ],
      expect.arrayContaining(['TA-2024-000002', 'Declined']),
    ])
    expect(screen.getByRole('link', { name: 'Erase record TA-2024-000001' })).toHaveAttribute(
      'href',
      `/retention/${REVIEW_IDS[0]}/erase`,
    )
    expect(screen.getByRole('link', { name: 'Keep longer record TA-2024-000002' })).toHaveAttribute(
      'href',
      `/retention/${REVIEW_IDS[1]}/hold`,
    )
    expect(api.callsTo('GET', LIST)[0]?.url.searchParams.toString()).toBe('state=DUE&page=0&size=50')
  })

  it('lists the records kept longer: until when, why, and who decided when', async () => {
    answerWith({ HELD: [heldReview()] })
    await open('/retention?state=HELD')

    expect(tab('Held')).toHaveAttribute('aria-current', 'page')
    expect(await rowsOf('1 record kept longer, earliest retention date first')).toEqual([
      [
        'TA-2024-000002',
        'Child2 ExampleBorn 14 March 2002',
        'Northgate Primary School',
        'Declined',
        '14 March 2027',
        '1 June 2028',
        'A complaint about the service is still open.',
        'Helen Moore on 16 March 2027',
      ],
    ])
    expect(screen.queryByRole('link', { name: /^Erase record/ })).not.toBeInTheDocument()
  })

  it('lists the records erased without the child’s name or date of birth', async () => {
    answerWith({ ERASED: [erasedReview()] })
    await open('/retention?state=ERASED')

    expect(await rowsOf('1 record erased, earliest retention date first')).toEqual([
      [
        'TA-2024-000001',
        'Erased',
        'Northgate Primary School',
        'Case closed on 20 July 2024',
        '14 March 2027',
        'Helen Moore on 16 March 2027',
      ],
    ])
  })

  it('says when a state has no records, and moves between the states by their tabs', async () => {
    answerWith({ HELD: [heldReview()] })
    await open()

    expect(await screen.findByText('No records are due for review.')).toBeVisible()
    await userEvent.click(tab('Erased'))
    expect(await screen.findByText('No records have been erased.')).toBeVisible()
    await userEvent.click(tab('Held'))
    expect(await screen.findByRole('table', { name: /^1 record kept longer/ })).toBeVisible()
  })

  it('pages a long list, keeping the state in the address', async () => {
    const api = fakeApi({
      'GET /api/v1/me': jsonResponse(senior1),
      [`GET ${LIST}`]: jsonResponse(reviewPage([heldReview()], { page: 1, total: 120 })),
    })
    await open('/retention?state=HELD&page=2')

    expect(await screen.findByRole('table', { name: '120 records kept longer, earliest retention date first, page 2 of 3' }))
      .toBeVisible()
    const pagination = screen.getByRole('navigation', { name: 'Pagination' })
    expect(within(pagination).getByRole('link', { name: /^Next\s*page$/ })).toHaveAttribute(
      'href',
      '/retention?state=HELD&page=3',
    )
    expect(api.callsTo('GET', LIST)[0]?.url.searchParams.toString()).toBe('state=HELD&page=1&size=50')
  })

  it('checks for records due now and says how many it marked, showing them', async () => {
    const api = answerWith({})
    api.on(`POST ${SWEEPS}`, () => {
      api.on(`GET ${LIST}`, listAnswer({ DUE: [dueReview()] }))
      return jsonResponse({ ran: true, marked: 1 })
    })
    await open()
    await screen.findByText('No records are due for review.')

    await userEvent.click(screen.getByRole('button', { name: 'Check for records due now' }))

    const banner = await screen.findByRole('alert')
    expect(banner).toHaveTextContent('Check complete')
    expect(banner).toHaveTextContent('1 record is newly due for review.')
    expect(await screen.findByRole('table', { name: /^1 record due for review/ })).toBeVisible()
    expect(api.callsTo('POST', SWEEPS)).toHaveLength(1)
  })

  it('says when another check was already running', async () => {
    const api = answerWith({})
    api.on(`POST ${SWEEPS}`, jsonResponse({ ran: false, marked: 0 }))
    await open()

    await userEvent.click(screen.getByRole('button', { name: 'Check for records due now' }))

    expect(await screen.findByRole('region', { name: 'Important' })).toHaveTextContent(
      'Another check for records due was already running, so this one did not run.',
    )
  })

  it('is for seniors only', async () => {
    fakeApi({ 'GET /api/v1/me': jsonResponse(practitioner1) })
    renderRoute('/retention')

    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot review records due for erasure' }))
      .toBeVisible()
  })
})
