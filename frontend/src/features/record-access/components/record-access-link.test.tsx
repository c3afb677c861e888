import { act, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { components } from '../../../lib/api/schema'
import { fakeApi } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { supportCase } from '../../../test/allocation-fixtures'
import {
  auditAnswer,
  auditCalls,
  CASE_ID,
  practitioner1,
  practitioners,
  REFERRAL_ID,
  referralTrail,
  senior1,
} from '../../../test/record-access-fixtures'
import { completeDraft, needTags } from '../../../test/referral-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

type Me = components['schemas']['Me']

function signedInAs(me: Me) {
  return fakeApi({
    'GET /api/v1/me': jsonResponse(me),
    [`GET /api/v1/referrals/${REFERRAL_ID}`]: jsonResponse(completeDraft({ state: 'ALLOCATED', allowedActions: [] })),
    'GET /api/v1/need-tags': jsonResponse(needTags),
    [`GET /api/v1/cases/${CASE_ID}`]: jsonResponse(supportCase()),
    [`GET /api/v1/cases/${CASE_ID}/history`]: jsonResponse([]),
    'GET /api/v1/practitioners': jsonResponse(practitioners),
    'GET /api/v1/audit': auditAnswer(referralTrail),
  })
}

const WHO_HAS_LOOKED = 'Who has looked at this child’s record'

const caseNavigation = () => screen.getByRole('navigation', { name: 'Case' })

describe('the way to who has looked at a child’s record', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('is a link on the referral for a senior', async () => {
    signedInAs(senior1)
    renderRoute(`/referrals/${REFERRAL_ID}`)

    expect(await screen.findByRole('link', { name: 'Who has looked at this record' })).toHaveAttribute(
      'href',
      `/referrals/${REFERRAL_ID}/access`,
    )
  })

  it('is not on the referral for a practitioner', async () => {
    const api = signedInAs(practitioner1)
    renderRoute(`/referrals/${REFERRAL_ID}`)

    await screen.findByRole('heading', { level: 1, name: 'Referral TA-2026-000001' })
    await waitFor(() => expect(api.callsTo('GET', '/api/v1/me')).toHaveLength(1))
    await act(async () => {})
    expect(screen.queryByRole('link', { name: 'Who has looked at this record' })).not.toBeInTheDocument()
  })

  it('is one of a case’s pages for a senior, covering the case and its referral', async () => {
    const api = signedInAs(senior1)
    renderRoute(`/cases/${CASE_ID}/history`)

    await screen.findByRole('heading', { level: 2, name: 'History' })
    await userEvent.click(within(caseNavigation()).getByRole('link', { name: 'Who has looked' }))

    expect(await screen.findByRole('heading', { level: 2, name: WHO_HAS_LOOKED })).toBeVisible()
    const tab = within(caseNavigation()).getByRole('link', { name: 'Who has looked' })
    expect(tab).toHaveAttribute('aria-current', 'page')
    expect(document.title).toBe('Who has looked at this record – Child1 Example – TeamAround')
    expect(await screen.findByRole('table', { name: '6 accesses, newest first' })).toBeVisible()
    expect(auditCalls(api.calls, 50)[0]?.recordIds).toEqual([REFERRAL_ID, CASE_ID])
  })

  it('is not among a case’s pages for a practitioner, who cannot open it either', async () => {
    const api = signedInAs(practitioner1)
    const { unmount } = renderRoute(`/cases/${CASE_ID}/history`)

    expect(await screen.findByRole('heading', { level: 2, name: 'History' })).toBeVisible()
    expect(within(caseNavigation()).getByRole('link', { name: 'History' })).toBeVisible()
    expect(within(caseNavigation()).queryByRole('link', { name: 'Who has looked' })).not.toBeInTheDocument()
    unmount()

    renderRoute(`/cases/${CASE_ID}/access`)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You cannot see who has looked at a child’s record' }),
    ).toBeVisible()
    expect(api.callsTo('GET', '/api/v1/audit')).toHaveLength(0)
  })
})
