import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CASE_ID, practitioner1, supportCase } from '../../../test/allocation-fixtures'
import { fakeApi, problem } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { contribution, invitedCase, partner1, plan } from '../../../test/partner-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'
import { summaryValue } from '../../../test/summary-list'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const casePath = `/api/v1/cases/${CASE_ID}`

function answerAsInvited() {
  return fakeApi({
    'GET /api/v1/me': jsonResponse(partner1),
    [`GET ${casePath}`]: jsonResponse(supportCase({ state: 'ACTIVE', firstContactStatus: 'MET' })),
    'GET /api/v1/invited-cases': jsonResponse([invitedCase()]),
    [`GET ${casePath}/plan`]: jsonResponse(plan()),
    [`GET ${casePath}/contributions`]: jsonResponse([contribution()]),
  })
}

async function open() {
  renderRoute(`/invited-cases/${CASE_ID}`)
  await screen.findByRole('heading', { level: 1, name: 'Child1 Example' })
}

describe('a case as a partner invited to it sees it', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('shows the case’s summary and its support plan to read', async () => {
    answerAsInvited()
    await open()

    expect(document.title).toBe('Child1 Example – TeamAround')
    expect(screen.getByText('Case TA-2026-000001')).toHaveClass('govuk-caption-l')
    expect(summaryValue('School')).toHaveTextContent('Northgate Primary School')
    expect(summaryValue('Practitioner')).toHaveTextContent('Priya Shah')
    expect(summaryValue('You can see this case until')).toHaveTextContent('24 December 2026')
    expect(screen.getByRole('link', { name: 'Back to the cases you are invited to' })).toHaveAttribute('href', '/')

    expect(await screen.findByRole('heading', { level: 2, name: 'Support plan' })).toBeVisible()
    const actions = screen.getByRole('table', { name: 'Actions' })
    expect(
      within(actions)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual([
      'A morning routine chart at homeThe family11 December 2026In progress',
      'Anxiety group workCAMHS29 January 2027Not started',
    ])
    const interventions = screen.getByRole('heading', { level: 3, name: 'Interventions' }).nextElementSibling
    expect(within(interventions as HTMLElement).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'PACE',
    ])
    expect(screen.getAllByRole('textbox').map((box) => box.getAttribute('name'))).toEqual(['text'])
  })

  it('shows none of the practitioner’s pages of the case', async () => {
    answerAsInvited()
    await open()

    expect(screen.queryByRole('navigation', { name: 'Case' })).not.toBeInTheDocument()
    for (const name of ['Contacts', 'Assessment', 'Reviews', 'Partners', 'Summary']) {
      expect(screen.queryByRole('link', { name })).not.toBeInTheDocument()
    }
  })

  it('says when the support plan has not been written yet', async () => {
    const api = answerAsInvited()
    api.on(`GET ${casePath}/plan`, problem(404, 'Not Found'))
    await open()

    expect(await screen.findByText('The support plan has not been written yet.')).toBeVisible()
  })

  it('shows what partners have added and takes a contribution', async () => {
    const api = answerAsInvited()
    const text = 'Chris saw Child1 at clinic today.\nThe group starts in January.'
    api.on(`POST ${casePath}/contributions`, () => {
      const added = contribution({ id: 'c0de0000-0000-4000-8000-000000000002', text, addedAt: '2026-11-26T11:00:00Z' })
      api.on(`GET ${casePath}/contributions`, jsonResponse([added, contribution()]))
      return jsonResponse(added, 201)
    })
    await open()

    expect(await screen.findByRole('heading', { level: 2, name: 'Contributions from partners' })).toBeVisible()
    expect(screen.getAllByRole('heading', { level: 3, name: 'Chris Green, CAMHS' })).toHaveLength(1)

    await userEvent.type(screen.getByRole('textbox', { name: 'Your contribution' }), `  ${text}  `)
    await userEvent.click(screen.getByRole('button', { name: 'Add contribution' }))

    const banner = await screen.findByRole('alert')
    expect(banner).toHaveTextContent('Contribution added')
    expect(await screen.findAllByRole('heading', { level: 3, name: 'Chris Green, CAMHS' })).toHaveLength(2)
    expect(screen.getByText('26 November 2026 at 11:00am')).toBeVisible()
    expect(screen.getByRole('textbox', { name: 'Your contribution' })).toHaveValue('')
    expect(api.callsTo('POST', `${casePath}/contributions`)[0]?.body).toEqual({ text })
  })

  it('asks for the contribution before sending it', async () => {
    const api = answerAsInvited()
    await open()

    await userEvent.type(screen.getByRole('textbox', { name: 'Your contribution' }), '   ')
    await userEvent.click(screen.getByRole('button', { name: 'Add contribution' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Enter your contribution' })).toHaveAttribute('href', '#text')
    expect(screen.getByRole('textbox', { name: 'Your contribution' })).toHaveAccessibleDescription(
      expect.stringContaining('Error: Enter your contribution'),
    )
    expect(document.title).toBe('Error: Child1 Example – TeamAround')
    expect(api.callsTo('POST', `${casePath}/contributions`)).toHaveLength(0)
  })

  it('is only for partners', async () => {
    const api = fakeApi({ 'GET /api/v1/me': jsonResponse(practitioner1) })
    renderRoute(`/invited-cases/${CASE_ID}`)

    expect(
      await screen.findByRole('heading', { level: 1, name: 'You cannot see the cases partners are invited to' }),
    ).toBeVisible()
    expect(api.callsTo('GET', casePath)).toHaveLength(0)
  })

  it('is not found once the invitation has ended', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    fakeApi({ 'GET /api/v1/me': jsonResponse(partner1), 'GET /api/v1/invited-cases': jsonResponse([]) })
    renderRoute(`/invited-cases/${CASE_ID}`)

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  })
})
