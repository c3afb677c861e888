import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, problem } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { jsonResponse, renderRoute } from '../../../test/render'
import { completeDraft, draft, needTags, REFERRAL_ID } from '../../../test/referral-fixtures'
import { summaryValue } from '../../../test/summary-list'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const referralPath = `/api/v1/referrals/${REFERRAL_ID}`

describe('a referral’s page', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('offers the actions the API allows: a draft can be continued where it was left, submitted or withdrawn', async () => {
    fakeApi({
      [`GET ${referralPath}`]: jsonResponse(draft({ siblings: [{ firstName: 'Alex' }] })),
      'GET /api/v1/need-tags': jsonResponse(needTags),
    })
    renderRoute(`/referrals/${REFERRAL_ID}`)

    expect(await screen.findByRole('heading', { level: 1, name: 'Referral TA-2026-000001' })).toBeInTheDocument()
    expect(screen.getAllByText('Draft')[0]).toHaveClass('govuk-tag--grey')
    expect(screen.getByRole('button', { name: 'Continue editing' })).toHaveAttribute(
      'href',
      `/referrals/${REFERRAL_ID}/carers`,
    )
    expect(screen.getByRole('button', { name: 'Submit referral' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Withdraw referral' })).toHaveAttribute(
      'href',
      `/referrals/${REFERRAL_ID}/withdraw`,
    )
  })

  it('shows no action the API does not allow, and the history of its states', async () => {
    fakeApi({
      [`GET ${referralPath}`]: jsonResponse(
        completeDraft({
          state: 'SUBMITTED',
          allowedActions: [],
          safeguardingNeedsAttention: true,
          notices: ['This referral has been marked for a senior practitioner’s attention.'],
          history: [
            { at: '2026-11-24T09:30:00Z', toState: 'DRAFT', byName: 'Sarah Cole' },
            { at: '2026-11-24T10:05:00Z', fromState: 'DRAFT', toState: 'SUBMITTED', byName: 'Sarah Cole' },
          ],
        }),
      ),
      'GET /api/v1/need-tags': jsonResponse(needTags),
    })
    renderRoute(`/referrals/${REFERRAL_ID}`)

    await screen.findByRole('heading', { level: 1, name: 'Referral TA-2026-000001' })
    expect(
      screen.queryByRole('button', { name: /Continue editing|Submit referral|Withdraw referral/ }),
    ).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: /^Change/ })).not.toBeInTheDocument()
    expect(screen.getByText('Safeguarding: needs attention')).toHaveClass('govuk-tag--red')
    expect(screen.getByRole('region', { name: 'Important' })).toHaveTextContent(
      'marked for a senior practitioner’s attention',
    )
    const history = screen.getByRole('table', { name: 'History' })
    const rows = within(history).getAllByRole('row').slice(1)
    expect(rows.map((row) => row.textContent)).toEqual([
      '24 November 2026 at 10:05amSarah ColeDraft →  to Submitted',
      '24 November 2026 at 9:30amSarah ColeStarted →  to Draft',
    ])
  })

  it('shows the school the panel’s decision: a signposting names the services', async () => {
    fakeApi({
      [`GET ${referralPath}`]: jsonResponse(
        completeDraft({
          state: 'SIGNPOSTED',
          allowedActions: [],
          decision: {
            outcome: 'SIGNPOST',
            decidedOn: '2026-11-27',
            services: ['Family Hub parenting programme', 'Future in Mind school wellbeing service'],
          },
        }),
      ),
      'GET /api/v1/need-tags': jsonResponse(needTags),
    })
    renderRoute(`/referrals/${REFERRAL_ID}`)

    expect(await screen.findByRole('heading', { level: 2, name: 'The panel’s decision' })).toBeVisible()
    expect(screen.getAllByText('Signposted')[0]).toHaveClass('govuk-tag--turquoise')
    expect(summaryValue('Decision')).toHaveTextContent('Signposted to other services')
    expect(summaryValue('Decided on')).toHaveTextContent('27 November 2026')
    expect(within(summaryValue('Services')).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Family Hub parenting programme',
      'Future in Mind school wellbeing service',
    ])
  })

  it('shows why the panel declined, or what it needs from the school', async () => {
    const api = fakeApi({
      [`GET ${referralPath}`]: jsonResponse(
        completeDraft({
          state: 'DECLINED',
          allowedActions: [],
          decision: { outcome: 'DECLINE', decidedOn: '2026-11-27', declineReason: 'KNOWN_TO_SOCIAL_CARE', services: [] },
        }),
      ),
      'GET /api/v1/need-tags': jsonResponse(needTags),
    })
    const { unmount } = renderRoute(`/referrals/${REFERRAL_ID}`)

    await screen.findByRole('heading', { level: 2, name: 'The panel’s decision' })
    expect(summaryValue('Decision')).toHaveTextContent(/^Declined$/)
    expect(summaryValue('Reason')).toHaveTextContent('The family is already known to Children’s Social Care')
    expect(screen.queryByText('Services')).not.toBeInTheDocument()
    unmount()

    api.on(
      `GET ${referralPath}`,
      jsonResponse(
        completeDraft({
          state: 'INFO_REQUESTED',
          allowedActions: ['EDIT', 'SUBMIT', 'WITHDRAW'],
          decision: {
            outcome: 'REQUEST_INFO',
            decidedOn: '2026-11-27',
            infoRequested: 'The latest attendance figures and the SEN support plan.',
            services: [],
          },
        }),
      ),
    )
    renderRoute(`/referrals/${REFERRAL_ID}`)

    await screen.findByRole('heading', { level: 2, name: 'The panel’s decision' })
    expect(summaryValue('Decision')).toHaveTextContent('More information requested from the school')
    expect(summaryValue('Information needed')).toHaveTextContent('The latest attendance figures and the SEN support plan.')
  })

  it('shows no decision before the panel has made one', async () => {
    fakeApi({
      [`GET ${referralPath}`]: jsonResponse(completeDraft({ state: 'SUBMITTED', allowedActions: ['WITHDRAW'] })),
      'GET /api/v1/need-tags': jsonResponse(needTags),
    })
    renderRoute(`/referrals/${REFERRAL_ID}`)

    await screen.findByRole('heading', { level: 1, name: 'Referral TA-2026-000001' })
    expect(screen.queryByRole('heading', { name: 'The panel’s decision' })).not.toBeInTheDocument()
  })

  it('withdraws with a reason and says so', async () => {
    const withdrawn = draft({
      state: 'WITHDRAWN',
      allowedActions: [],
      history: [
        {
          at: '2026-11-24T11:00:00Z',
          fromState: 'DRAFT',
          toState: 'WITHDRAWN',
          byName: 'Sarah Cole',
          reason: 'Family moved away',
        },
      ],
    })
    const api = fakeApi({
      [`GET ${referralPath}`]: jsonResponse(draft()),
      'GET /api/v1/need-tags': jsonResponse(needTags),
      [`POST ${referralPath}/withdraw`]: jsonResponse(withdrawn),
    })
    renderRoute(`/referrals/${REFERRAL_ID}/withdraw`)

    await userEvent.type(
      await screen.findByRole('textbox', { name: 'Why are you withdrawing this referral?' }),
      'Family moved away',
    )
    await userEvent.click(screen.getByRole('button', { name: 'Withdraw referral' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('The referral has been withdrawn')
    expect(api.callsTo('POST', `${referralPath}/withdraw`)[0]?.body).toEqual({ reason: 'Family moved away' })
    expect(screen.getByRole('cell', { name: 'Family moved away' })).toBeInTheDocument()
  })

  it('is "Page not found" when the API does not show it to the caller (another school’s referral)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    fakeApi({ [`GET ${referralPath}`]: problem(404, 'Not Found', { detail: 'There is no referral with this id.' }) })
    renderRoute(`/referrals/${REFERRAL_ID}`)

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument()
    expect(document.title).toBe('Page not found – TeamAround')
  })
})
