import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, problem } from '../../../../test/fake-api'
import { fakeKeycloak } from '../../../../test/fake-keycloak'
import { jsonResponse, renderRoute } from '../../../../test/render'
import { completeDraft, needTags, REFERRAL_ID } from '../../../../test/referral-fixtures'
import { summaryValue } from '../../../../test/summary-list'

vi.mock('keycloak-js', () => import('../../../../test/fake-keycloak'))

const referralPath = `/api/v1/referrals/${REFERRAL_ID}`

describe('check your answers', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('shows every answer, each with a link to change it', async () => {
    fakeApi({ [`GET ${referralPath}`]: jsonResponse(completeDraft()), 'GET /api/v1/need-tags': jsonResponse(needTags) })
    renderRoute(`/referrals/${REFERRAL_ID}/check-answers`)

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Check your answers before submitting the referral' }),
    ).toBeInTheDocument()
    expect(summaryValue('Name')).toHaveTextContent('Sam Example')
    expect(summaryValue('Date of birth')).toHaveTextContent('14 March 2017')
    expect(summaryValue('Year group')).toHaveTextContent('Year 4')
    expect(summaryValue('Unique Pupil Number')).toHaveTextContent('B801200005001')
    expect(summaryValue('SEN provision')).toHaveTextContent('SEN support')
    expect(summaryValue('Primary need')).toHaveTextContent('Social, emotional and mental health')
    expect(summaryValue('Brother or sister 1')).toHaveTextContent('Alex ExampleBorn 1 June 2019')
    expect(summaryValue('Parent or carer 1')).toHaveTextContent(
      'Jo Example (Mother)07700 900123jo@example.orgSpeaks English',
    )
    expect(summaryValue('Needs')).toHaveTextContent('AnxietySchool avoidance')
    expect(summaryValue('Immediate safeguarding concern')).toHaveTextContent('No')
    expect(summaryValue('Attendance last term')).toHaveTextContent('82.5%')
    expect(summaryValue('Known to Social Care')).toHaveTextContent('Not known')
    expect(summaryValue('Given on')).toHaveTextContent('20 November 2026')
    expect(summaryValue('How it was given')).toHaveTextContent('In person')
    expect(screen.getByRole('link', { name: /^Change\s*Unique Pupil Number$/ })).toHaveAttribute(
      'href',
      `/referrals/${REFERRAL_ID}/child#child-upn`,
    )
  })

  it('lists what is missing when the API refuses the submission (422), linked to the questions', async () => {
    const api = fakeApi({
      [`GET ${referralPath}`]: jsonResponse(completeDraft({ consent: {} })),
      'GET /api/v1/need-tags': jsonResponse(needTags),
    })
    api.on(
      `POST ${referralPath}/submit`,
      problem(422, 'The referral is not complete', {
        errors: [
          { field: 'consent.givenBy', message: 'is required to submit' },
          { field: 'consent.informationSharing', message: 'is required to submit' },
        ],
      }),
    )
    renderRoute(`/referrals/${REFERRAL_ID}/check-answers`)

    await userEvent.click(await screen.findByRole('button', { name: 'Submit referral' }))

    const summary = await screen.findByRole('alert')
    expect(summary.parentElement).toHaveFocus()
    expect(within(summary).getByRole('link', { name: 'Who gave consent is required to submit' })).toHaveAttribute(
      'href',
      `/referrals/${REFERRAL_ID}/consent#consent-givenBy`,
    )
    expect(
      within(summary).getByRole('link', { name: 'Agreement to share information is required to submit' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Error: Check your answers before submitting the referral – TeamAround')

    await userEvent.click(within(summary).getByRole('link', { name: 'Who gave consent is required to submit' }))
    expect(await screen.findByRole('textbox', { name: 'Who gave consent?' })).toHaveFocus()
  })

  it('submits and confirms with the reference', async () => {
    const submitted = completeDraft({
      state: 'SUBMITTED',
      submittedAt: '2026-11-24T10:00:00Z',
      allowedActions: ['WITHDRAW'],
    })
    fakeApi({
      [`GET ${referralPath}`]: jsonResponse(completeDraft()),
      'GET /api/v1/need-tags': jsonResponse(needTags),
      [`POST ${referralPath}/submit`]: jsonResponse(submitted),
    })
    renderRoute(`/referrals/${REFERRAL_ID}/check-answers`)

    await userEvent.click(await screen.findByRole('button', { name: 'Submit referral' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Referral submitted' })).toBeInTheDocument()
    expect(screen.getByText('TA-2026-000001')).toBeInTheDocument()
    expect(screen.getByText('Submitted')).toHaveClass('govuk-tag', 'govuk-tag--blue')
  })
})
