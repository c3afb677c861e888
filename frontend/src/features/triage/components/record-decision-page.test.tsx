import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, problem } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { senior1 } from '../../../test/referral-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'
import { agendaItem, decision, FAILS_AGE, meeting, MEETING_ID, services } from '../../../test/triage-fixtures'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const meetingPath = `/api/v1/triage/meetings/${MEETING_ID}`
const eligible = agendaItem(1)
const tooOld = agendaItem(2, { eligibility: FAILS_AGE })

function answerWith(...agenda: ReturnType<typeof agendaItem>[]) {
  return fakeApi({
    'GET /api/v1/me': jsonResponse(senior1),
    [`GET ${meetingPath}`]: jsonResponse(meeting(agenda)),
    'GET /api/v1/services': jsonResponse(services),
  })
}

async function open(item: ReturnType<typeof agendaItem>) {
  renderRoute(`/triage/meetings/${MEETING_ID}/referrals/${item.referralId}/decision`)
  await screen.findByRole('heading', { level: 1, name: `Record the decision for ${item.childName}` })
}

const decisionRadio = (name: string) =>
  within(screen.getByRole('group', { name: 'What has the panel decided?' })).getByRole('radio', { name })

describe('recording the panel’s decision', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('reveals what each decision needs, and only that', async () => {
    answerWith(eligible)
    await open(eligible)

    expect(screen.getByRole('textbox', { name: 'Rationale' })).toBeVisible()
    expect(screen.queryByRole('group', { name: /Which services/ })).not.toBeInTheDocument()

    await userEvent.click(decisionRadio('Signpost'))
    const servicesGroup = screen.getByRole('group', { name: 'Which services is the family signposted to?' })
    expect(within(servicesGroup).getAllByRole('checkbox').map((box) => box.getAttribute('value'))).toEqual(
      services.map((service) => service.id),
    )
    expect(within(servicesGroup).getByRole('checkbox', { name: 'Family Hub parenting programme' })).toBeVisible()
    expect(screen.getByRole('textbox', { name: 'Who follows up with the family?' })).toBeVisible()

    await userEvent.click(decisionRadio('Decline'))
    expect(screen.queryByRole('group', { name: /Which services/ })).not.toBeInTheDocument()
    const reasons = screen.getByRole('group', { name: 'Why does the panel decline the referral?' })
    expect(within(reasons).getAllByRole('radio')).toHaveLength(6)
    expect(within(reasons).getByRole('radio', { name: 'The family is already known to Early Help' })).toBeVisible()

    await userEvent.click(decisionRadio('Ask the school for more information'))
    expect(screen.queryByRole('group', { name: /Why does the panel decline/ })).not.toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'What does the school need to send?' })).toBeVisible()

    await userEvent.click(decisionRadio('Escalate to the safeguarding route'))
    expect(screen.getByText(/contact the Children’s Social Care duty team today/)).toBeVisible()
    expect(screen.queryByRole('textbox', { name: /What does the school need/ })).not.toBeInTheDocument()

    await userEvent.click(decisionRadio('Accept'))
    expect(screen.queryByRole('textbox', { name: /outside the eligibility rules/ })).not.toBeInTheDocument()
    expect(screen.getAllByRole('textbox').map((box) => box.getAttribute('name'))).toEqual(['rationale'])
  })

  it('asks why the panel accepts a referral that does not meet an eligibility rule', async () => {
    answerWith(tooOld)
    await open(tooOld)

    await userEvent.click(decisionRadio('Accept'))

    expect(screen.getByText(/does not meet an eligibility rule: Aged 5 to 11 on the day of the panel/)).toBeVisible()
    expect(
      screen.getByRole('textbox', { name: 'Why does the panel accept it outside the eligibility rules?' }),
    ).toBeVisible()
  })

  it('sends only the chosen decision’s answers, then shows the agenda with a success banner', async () => {
    const api = answerWith(tooOld)
    await open(tooOld)
    api.on(`POST ${meetingPath}/decisions`, jsonResponse(decision(tooOld, { eligibilityOverridden: true }), 201))

    await userEvent.click(decisionRadio('Signpost'))
    await userEvent.click(screen.getByRole('checkbox', { name: 'Family Hub parenting programme' }))
    await userEvent.click(decisionRadio('Accept'))
    await userEvent.type(
      screen.getByRole('textbox', { name: /outside the eligibility rules/ }),
      'Turns 12 next week; the school has tried everything.',
    )
    await userEvent.type(screen.getByRole('textbox', { name: 'Rationale' }), 'Needs are clearly SEMH.')
    api.on(`GET ${meetingPath}`, jsonResponse(meeting([{ ...tooOld, decision: decision(tooOld) }])))
    await userEvent.click(screen.getByRole('button', { name: 'Record decision' }))

    const banner = await screen.findByRole('alert')
    expect(banner).toHaveTextContent('Decision recorded: Accepted for intensive family support')
    expect(banner).toHaveTextContent('Child2 Example, referral TA-2026-000002')
    expect(screen.getByText('1 of 1 decided')).toBeVisible()
    const [call] = api.callsTo('POST', `${meetingPath}/decisions`)
    expect(call?.body).toEqual({
      referralId: tooOld.referralId,
      outcome: 'ACCEPT',
      rationale: 'Needs are clearly SEMH.',
      eligibilityOverrideReason: 'Turns 12 next week; the school has tried everything.',
    })
  })

  it('shows the API’s field errors in the error summary, linked to their fields', async () => {
    const api = answerWith(eligible)
    await open(eligible)
    api.on(
      `POST ${meetingPath}/decisions`,
      problem(400, 'Some fields are not valid.', {
        errors: [
          { field: 'services', message: 'at least one service is required to signpost' },
          { field: 'followUpBy', message: 'is required to signpost' },
          { field: 'rationale', message: 'must not be blank' },
        ],
      }),
    )

    await userEvent.click(decisionRadio('Signpost'))
    await userEvent.click(screen.getByRole('button', { name: 'Record decision' }))

    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('There is a problem')
    expect(summary.parentElement).toHaveFocus()
    expect(document.title).toBe('Error: Record the decision for Child1 Example – TeamAround')
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['At least one service is required to signpost', '#services'],
      ['Who follows up is required to signpost', '#followUpBy'],
      ['Rationale must not be blank', '#rationale'],
    ])
    expect(screen.getByRole('textbox', { name: 'Rationale' })).toHaveAccessibleDescription(
      expect.stringContaining('Error: Rationale must not be blank'),
    )
    await userEvent.click(within(summary).getByRole('link', { name: 'Who follows up is required to signpost' }))
    expect(screen.getByRole('textbox', { name: 'Who follows up with the family?' })).toHaveFocus()
  })

  it('asks for a decision before sending anything', async () => {
    const api = answerWith(eligible)
    await open(eligible)

    await userEvent.click(screen.getByRole('button', { name: 'Record decision' }))

    const error = await screen.findByRole('link', { name: 'Select the panel’s decision' })
    expect(error).toHaveAttribute('href', '#outcome')
    expect(api.callsTo('POST', `${meetingPath}/decisions`)).toHaveLength(0)
  })

  it('says when the referral was decided meanwhile (409), with a link back to the agenda', async () => {
    const api = answerWith(eligible)
    await open(eligible)
    api.on(
      `POST ${meetingPath}/decisions`,
      problem(409, 'Conflict', { detail: 'This meeting has already decided this referral.', currentState: 'ACCEPTED' }),
    )

    await userEvent.click(decisionRadio('Defer'))
    await userEvent.type(screen.getByRole('textbox', { name: 'Rationale' }), 'Waiting for CAMHS.')
    await userEvent.click(screen.getByRole('button', { name: 'Record decision' }))

    expect(
      await screen.findByRole('link', { name: /already decided this referral at this meeting/ }),
    ).toHaveAttribute('href', `/triage/meetings/${MEETING_ID}`)
  })
})
