import { screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, problem } from '../../../../test/fake-api'
import { fakeKeycloak } from '../../../../test/fake-keycloak'
import { jsonResponse, renderRoute } from '../../../../test/render'
import { draft, needTags, REFERRAL_ID } from '../../../../test/referral-fixtures'

vi.mock('keycloak-js', () => import('../../../../test/fake-keycloak'))

const referralPath = `/api/v1/referrals/${REFERRAL_ID}`

describe('saving a page of the draft', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('sends the whole draft with this page’s answers and the version it was read at', async () => {
    const saved = draft({
      version: 4,
      education: { attendancePercent: 82.5, suspensionsThisYear: 1, atRiskOfExclusion: true },
    })
    const api = fakeApi({
      [`GET ${referralPath}`]: jsonResponse(draft({ version: 3 })),
      [`PUT ${referralPath}`]: jsonResponse(saved),
    })
    renderRoute(`/referrals/${REFERRAL_ID}/education`)

    await userEvent.type(await screen.findByRole('textbox', { name: 'Attendance last term' }), '82.5')
    await userEvent.type(screen.getByRole('textbox', { name: 'Suspensions this school year' }), '1')
    await userEvent.click(screen.getByRole('radio', { name: 'Yes' }))
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }))

    expect(await screen.findByRole('textbox', { name: 'What has the school already done?' })).toBeInTheDocument()
    const { version, child, education, schoolUrn } = api.callsTo('PUT', referralPath)[0]?.body as Record<
      string,
      unknown
    >
    expect({ version, child, education, schoolUrn }).toEqual({
      version: 3,
      schoolUrn: '100001',
      child: draft().child,
      education: { attendancePercent: 82.5, suspensionsThisYear: 1, atRiskOfExclusion: true },
    })
  })

  it('says clearly when someone else saved the referral first (409, stale version), and keeps the answers', async () => {
    const api = fakeApi({ [`GET ${referralPath}`]: jsonResponse(draft({ version: 3 })) })
    api.on(
      `PUT ${referralPath}`,
      problem(409, 'The record was changed by someone else', {
        detail: 'Someone else changed this record. Reload it and apply your change again.',
        currentVersion: 4,
      }),
    )
    renderRoute(`/referrals/${REFERRAL_ID}/education`)

    await userEvent.type(await screen.findByRole('textbox', { name: 'Attendance last term' }), '82.5')
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }))

    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent(
      'Someone else changed this referral after you opened this page, so your answers here have not been saved.',
    )
    expect(summary.parentElement).toHaveFocus()
    expect(document.title).toBe('Error: Impact on education – TeamAround')
    expect(screen.getByRole('textbox', { name: 'Attendance last term' })).toHaveValue('82.5')
    // The referral is read again, so that saving once more starts from the other person's version.
    await vi.waitFor(() => expect(api.callsTo('GET', referralPath)).toHaveLength(2))
  })

  it('interrupts the journey when an immediate safeguarding concern is ticked', async () => {
    const concern = draft({ safeguardingConcern: true, safeguardingNeedsAttention: true })
    const api = fakeApi({
      [`GET ${referralPath}`]: jsonResponse(draft()),
      'GET /api/v1/need-tags': jsonResponse(needTags),
      [`PUT ${referralPath}`]: jsonResponse(concern),
    })
    renderRoute(`/referrals/${REFERRAL_ID}/needs`)

    await userEvent.click(await screen.findByRole('checkbox', { name: 'Anxiety' }))
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'I have an immediate safeguarding concern about this child' }),
    )
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }))

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Contact the social care duty team now' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/not the way to report an immediate safeguarding concern/)).toBeInTheDocument()
    expect(api.callsTo('PUT', referralPath)[0]?.body).toMatchObject({
      needs: { tags: ['ANXIETY'] },
      safeguardingConcern: true,
    })
    await userEvent.click(screen.getByRole('button', { name: 'I have contacted the duty team, continue' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Impact on education' })).toBeInTheDocument()
  })

  it('goes straight on to the next question when there is no safeguarding concern', async () => {
    fakeApi({
      [`GET ${referralPath}`]: jsonResponse(draft()),
      'GET /api/v1/need-tags': jsonResponse(needTags),
      [`PUT ${referralPath}`]: jsonResponse(draft()),
    })
    renderRoute(`/referrals/${REFERRAL_ID}/needs`)

    await userEvent.click(await screen.findByRole('button', { name: 'Save and continue' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Impact on education' })).toBeInTheDocument()
  })

  it('leaves the journey for the referral’s page on "Save and come back later"', async () => {
    fakeApi({
      [`GET ${referralPath}`]: jsonResponse(draft()),
      [`PUT ${referralPath}`]: jsonResponse(draft()),
      'GET /api/v1/need-tags': jsonResponse(needTags),
    })
    renderRoute(`/referrals/${REFERRAL_ID}/siblings`)

    await userEvent.click(await screen.findByRole('button', { name: 'Add a brother or sister' }))
    await userEvent.type(screen.getByRole('textbox', { name: 'First name' }), 'Alex')
    await userEvent.click(screen.getByRole('button', { name: 'Save and come back later' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Referral TA-2026-000001' })).toBeInTheDocument()
  })
})
