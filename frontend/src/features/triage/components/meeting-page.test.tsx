import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { senior1 } from '../../../test/referral-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'
import { agendaItem, decision, FAILS_AGE, meeting, MEETING_ID, partner1, services } from '../../../test/triage-fixtures'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const meetingPath = `/api/v1/triage/meetings/${MEETING_ID}`

/** The agenda card of a child, found by its heading. */
function card(name: string): HTMLElement {
  const heading = screen.getByRole('heading', { level: 3, name })
  const element = heading.closest('.govuk-summary-card')
  if (!(element instanceof HTMLElement)) throw new Error(`No card for ${name}`)
  return element
}

const decided = agendaItem(1)
const agenda = [
  decided,
  agendaItem(2, { eligibility: FAILS_AGE, safeguardingNeedsAttention: true }),
  agendaItem(3, { childName: undefined }),
]
const signposted = decision(decided, {
  outcome: 'SIGNPOST',
  services,
  followUpBy: 'Mrs Cole, SENCO',
  rationale: 'The school’s plan is working; parenting support would help.',
})

describe('a triage meeting’s page', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('shows the agenda with eligibility tags, the safeguarding flag and how many are decided', async () => {
    fakeApi({
      'GET /api/v1/me': jsonResponse(senior1),
      [`GET ${meetingPath}`]: jsonResponse(meeting([{ ...decided, decision: signposted }, ...agenda.slice(1)])),
      'GET /api/v1/services': jsonResponse(services),
    })
    renderRoute(`/triage/meetings/${MEETING_ID}`)

    expect(await screen.findByRole('heading', { level: 1, name: 'Pontefract panel, 27 November 2026' })).toBeVisible()
    expect(screen.getByText('1 of 3 decided')).toBeVisible()
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Child1 Example',
      'Child2 Example',
      'Child not named',
    ])

    const failing = card('Child2 Example')
    const list = within(failing).getByRole('list', { name: 'Eligibility rules' })
    const rules = within(list).getAllByRole('listitem').map((rule) => rule.textContent)
    expect(rules).toEqual([
      'Not met: Aged 5 to 11 on the day of the panel',
      'Met: Not known to Early Help or Social Care',
      'Not known: Social, emotional and mental health is the primary need',
    ])
    expect(within(failing).getByText('Not met')).toHaveClass('govuk-tag--red')
    expect(within(failing).getByText('Met')).toHaveClass('govuk-tag--green')
    expect(within(failing).getByText('Not known')).toHaveClass('govuk-tag--grey')
    expect(within(failing).getByText('Safeguarding: needs attention')).toHaveClass('govuk-tag--red')
    expect(within(failing).getByText('Not decided yet')).toBeVisible()
    expect(within(failing).getByRole('link', { name: 'Record decision for Child2 Example' })).toHaveAttribute(
      'href',
      `/triage/meetings/${MEETING_ID}/referrals/${agenda[1]?.referralId}/decision`,
    )
    expect(within(failing).getByRole('link', { name: /TA-2026-000002/ })).toHaveAttribute(
      'href',
      `/referrals/${agenda[1]?.referralId}`,
    )

    const done = card('Child1 Example')
    expect(within(done).queryByRole('link', { name: /Record decision/ })).not.toBeInTheDocument()
    expect(within(done).getByText('Signposted to other services')).toBeVisible()
    expect(within(done).getByText('Family Hub parenting programme')).toBeVisible()
    expect(within(done).getByText('Follow-up by: Mrs Cole, SENCO')).toBeVisible()
    expect(within(done).getByText('Recorded by Helen Moore on 27 November 2026 at 10:15am')).toBeVisible()
  })

  it('lets a partner who attends read the agenda, but not record decisions or open referrals', async () => {
    fakeApi({
      'GET /api/v1/me': jsonResponse(partner1),
      [`GET ${meetingPath}`]: jsonResponse(meeting(agenda)),
    })
    renderRoute(`/triage/meetings/${MEETING_ID}`)

    await screen.findByRole('heading', { level: 1, name: 'Pontefract panel, 27 November 2026' })
    expect(screen.getByText('0 of 3 decided')).toBeVisible()
    expect(screen.queryByRole('link', { name: /Record decision/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: /TA-2026-/ })).not.toBeInTheDocument()
    expect(screen.getByText('Chris Green (CAMHS)')).toBeVisible()
  })

  it('says so when no referral of the area is waiting', async () => {
    fakeApi({
      'GET /api/v1/me': jsonResponse(senior1),
      [`GET ${meetingPath}`]: jsonResponse(meeting([], { area: 'Knottingley' })),
    })
    renderRoute(`/triage/meetings/${MEETING_ID}`)

    expect(await screen.findByText('There are no referrals from Knottingley waiting for a decision.')).toBeVisible()
    expect(screen.queryByText(/decided$/)).not.toBeInTheDocument()
  })
})
