import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { admin1, rules } from '../../../test/admin-fixtures'
import { fakeApi, problem } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { jsonResponse, renderRoute } from '../../../test/render'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const [ageRange, notKnown, semhNeed] = rules as [(typeof rules)[0], (typeof rules)[0], (typeof rules)[0]]

function answerWith() {
  return fakeApi({ 'GET /api/v1/me': jsonResponse(admin1), 'GET /api/v1/eligibility-rules': jsonResponse(rules) })
}

async function openChange(code: string, label: string) {
  renderRoute(`/admin/eligibility-rules/${code}`)
  await screen.findByRole('heading', { level: 1, name: label })
}

const card = (title: string) =>
  screen.getByRole('heading', { level: 2, name: title }).closest<HTMLElement>('.govuk-summary-card') as HTMLElement

describe('eligibility rules', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('shows each rule, whether it is checked at triage, and the ages of the age range rule only', async () => {
    answerWith()
    renderRoute('/admin/eligibility-rules')

    await screen.findByRole('heading', { level: 1, name: 'Eligibility rules' })
    const age = card(ageRange.label)
    expect(age).toHaveTextContent('At triageChecked at triage')
    expect(age).toHaveTextContent('Ages5 to 11 years old')
    expect(card(notKnown.label)).not.toHaveTextContent('Ages')
    expect(card(semhNeed.label)).toHaveTextContent('At triageNot checked')
    const change = within(card(semhNeed.label)).getByRole('link', { name: `Change the rule: ${semhNeed.label}` })
    expect(change).toHaveAttribute('href', '/admin/eligibility-rules/SEMH_NEED')
  })

  it('switches a rule off with the version it read, and says so on the rules page', async () => {
    const api = answerWith()
    api.on(
      'PUT /api/v1/eligibility-rules/NOT_KNOWN_TO_SERVICES',
      jsonResponse({ ...notKnown, enabled: false, version: 2 }),
    )
    await openChange('NOT_KNOWN_TO_SERVICES', notKnown.label)

    const question = screen.getByRole('group', { name: 'Check this rule at triage?' })
    expect(within(question).getByRole('radio', { name: 'Yes' })).toBeChecked()
    expect(screen.queryByRole('textbox', { name: /age/ })).not.toBeInTheDocument()
    await userEvent.click(within(question).getByRole('radio', { name: 'No' }))
    await userEvent.click(screen.getByRole('button', { name: 'Save rule' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Eligibility rules' })).toBeVisible()
    const banner = screen.getByRole('alert')
    expect(banner).toHaveTextContent('Eligibility rule changed')
    expect(banner).toHaveTextContent(`${notKnown.label}: not checked at triage.`)
    expect(api.callsTo('PUT', '/api/v1/eligibility-rules/NOT_KNOWN_TO_SERVICES')[0]?.body).toEqual({
      enabled: false,
      version: 1,
    })
  })

  it('changes the ages of the age range rule', async () => {
    const api = answerWith()
    api.on('PUT /api/v1/eligibility-rules/AGE_RANGE', jsonResponse({ ...ageRange, minAge: 4, version: 4 }))
    await openChange('AGE_RANGE', ageRange.label)

    const youngest = screen.getByRole('textbox', { name: 'Youngest age' })
    expect(youngest).toHaveValue('5')
    expect(screen.getByRole('textbox', { name: 'Oldest age' })).toHaveValue('11')
    await userEvent.clear(youngest)
    await userEvent.type(youngest, '4')
    await userEvent.click(screen.getByRole('button', { name: 'Save rule' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      `${ageRange.label}: checked at triage, 4 to 11 years old.`,
    )
    expect(api.callsTo('PUT', '/api/v1/eligibility-rules/AGE_RANGE')[0]?.body).toEqual({
      enabled: true,
      minAge: 4,
      maxAge: 11,
      version: 3,
    })
  })

  it('asks for whole numbers before sending, then shows the API’s field errors linked to their fields', async () => {
    const api = answerWith()
    api.on(
      'PUT /api/v1/eligibility-rules/AGE_RANGE',
      problem(400, 'Some fields are not valid.', {
        errors: [{ field: 'maxAge', message: 'must not be less than minAge' }],
      }),
    )
    await openChange('AGE_RANGE', ageRange.label)

    const oldest = screen.getByRole('textbox', { name: 'Oldest age' })
    await userEvent.clear(oldest)
    await userEvent.type(oldest, 'ten')
    await userEvent.click(screen.getByRole('button', { name: 'Save rule' }))
    expect(await screen.findByRole('link', { name: 'Enter the oldest age as a whole number, like 5' })).toHaveAttribute(
      'href',
      '#maxAge',
    )
    expect(api.callsTo('PUT', '/api/v1/eligibility-rules/AGE_RANGE')).toHaveLength(0)

    await userEvent.clear(oldest)
    await userEvent.type(oldest, '3')
    await userEvent.click(screen.getByRole('button', { name: 'Save rule' }))

    const summary = await screen.findByRole('alert')
    const link = await within(summary).findByRole('link', { name: 'Oldest age must not be less than youngest age' })
    expect(link).toHaveAttribute('href', '#maxAge')
    expect(summary.parentElement).toHaveFocus()
    expect(document.title).toBe(`Error: ${ageRange.label} – TeamAround`)
    expect(oldest).toHaveAccessibleDescription('Error: Oldest age must not be less than youngest age')
    await userEvent.click(link)
    expect(oldest).toHaveFocus()
  })

  it('says when someone else changed the rule meanwhile, shows their change, then sends their version', async () => {
    const api = answerWith()
    api.on(
      'PUT /api/v1/eligibility-rules/SEMH_NEED',
      problem(409, 'Conflict', { detail: 'Someone else has changed this record.', currentVersion: 3 }),
    )
    await openChange('SEMH_NEED', semhNeed.label)
    expect(screen.getByText('Not checked')).toBeVisible()

    await userEvent.click(screen.getByRole('radio', { name: 'Yes' }))
    const theirs = rules.map((rule) => (rule === semhNeed ? { ...rule, enabled: true, version: 3 } : rule))
    api.on('GET /api/v1/eligibility-rules', jsonResponse(theirs))
    await userEvent.click(screen.getByRole('button', { name: 'Save rule' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Someone else changed this rule after you opened this page, so your change has not been saved.',
    )
    expect(await screen.findByText('Checked at triage')).toBeVisible()
    api.on('PUT /api/v1/eligibility-rules/SEMH_NEED', jsonResponse({ ...semhNeed, enabled: true, version: 4 }))
    await userEvent.click(screen.getByRole('button', { name: 'Save rule' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Eligibility rules' })).toBeVisible()
    expect(api.callsTo('PUT', '/api/v1/eligibility-rules/SEMH_NEED').map((call) => call.body)).toEqual([
      { enabled: true, version: 2 },
      { enabled: true, version: 3 },
    ])
  })

  it('has no page for a rule the service does not have', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    answerWith()
    renderRoute('/admin/eligibility-rules/NO_SUCH_RULE')

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  })
})
