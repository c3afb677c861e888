import { screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, problem } from '../../../../test/fake-api'
import { fakeKeycloak } from '../../../../test/fake-keycloak'
import { jsonResponse, renderRoute } from '../../../../test/render'
import { draft, REFERRAL_ID, senco1 } from '../../../../test/referral-fixtures'

vi.mock('keycloak-js', () => import('../../../../test/fake-keycloak'))

const referralPath = `/api/v1/referrals/${REFERRAL_ID}`

describe('the child page of "Refer a child"', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('creates the draft for the referrer’s school on saving, then asks about brothers and sisters', async () => {
    const api = fakeApi({
      'GET /api/v1/me': jsonResponse(senco1),
      'POST /api/v1/referrals': jsonResponse(draft(), 201),
      [`GET ${referralPath}`]: jsonResponse(draft()),
    })
    renderRoute('/referrals/new')

    await userEvent.type(await screen.findByRole('textbox', { name: 'First name' }), 'Sam')
    await userEvent.type(screen.getByRole('textbox', { name: 'Last name' }), 'Example')
    await userEvent.type(screen.getByRole('textbox', { name: 'Day' }), '14')
    await userEvent.type(screen.getByRole('textbox', { name: 'Month' }), '3')
    await userEvent.type(screen.getByRole('textbox', { name: 'Year' }), '2017')
    await userEvent.click(screen.getByRole('radio', { name: 'Male' }))
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Year group' }), 'Year 4')
    await userEvent.type(screen.getByRole('textbox', { name: /Unique Pupil Number/ }), 'b801200005001')
    await userEvent.type(screen.getByRole('textbox', { name: /NHS number/ }), '943 476 5919')
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Brothers and sisters' })).toBeInTheDocument()
    expect(api.callsTo('POST', '/api/v1/referrals')[0]?.body).toEqual({
      schoolUrn: '100001',
      child: {
        firstName: 'Sam',
        lastName: 'Example',
        dateOfBirth: '2017-03-14',
        gender: 'MALE',
        yearGroup: 4,
        upn: 'B801200005001',
        nhsNumber: '9434765919',
      },
    })
  })

  it('lists the API’s field errors in a focused error summary whose links focus the fields', async () => {
    const api = fakeApi({ [`GET ${referralPath}`]: jsonResponse(draft()) })
    api.on(
      `PUT ${referralPath}`,
      problem(400, 'Some fields are not valid.', {
        errors: [
          {
            field: 'child.upn',
            message: 'is not a valid Unique Pupil Number (13 characters with the DfE check letter)',
          },
          { field: 'child.dateOfBirth', message: 'must be in the past' },
        ],
      }),
    )
    renderRoute(`/referrals/${REFERRAL_ID}/child`)

    await userEvent.type(await screen.findByRole('textbox', { name: /Unique Pupil Number/ }), 'A801200005001')
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }))

    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('There is a problem')
    expect(summary.parentElement).toHaveFocus()
    expect(document.title).toBe('Error: About the child – TeamAround')
    const links = [...summary.querySelectorAll('a')]
    // In the order of the page's fields, whatever the API's order.
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Date of birth must be in the past', '#child-dateOfBirth-day'],
      [
        'Unique Pupil Number (UPN) is not a valid Unique Pupil Number (13 characters with the DfE check letter)',
        '#child-upn',
      ],
    ])

    await userEvent.click(screen.getByRole('link', { name: /is not a valid Unique Pupil/ }))
    const upn = screen.getByRole('textbox', { name: /Unique Pupil Number/ })
    expect(upn).toHaveFocus()
    expect(upn).toHaveAccessibleDescription(expect.stringContaining('Error: Unique Pupil Number (UPN) is not a valid'))
    expect(upn).toHaveAttribute('aria-describedby', 'child-upn-hint child-upn-error')

    await userEvent.click(screen.getByRole('link', { name: 'Date of birth must be in the past' }))
    expect(screen.getByRole('textbox', { name: 'Day' })).toHaveFocus()
  })

  it('says which dates are not real dates before sending anything', async () => {
    const api = fakeApi({ [`GET ${referralPath}`]: jsonResponse(draft({ child: {} })) })
    renderRoute(`/referrals/${REFERRAL_ID}/child`)

    await userEvent.type(await screen.findByRole('textbox', { name: 'Day' }), '31')
    await userEvent.type(screen.getByRole('textbox', { name: 'Month' }), '2')
    await userEvent.type(screen.getByRole('textbox', { name: 'Year' }), '2017')
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }))

    expect(await screen.findByRole('link', { name: 'Date of birth must be a real date' })).toHaveAttribute(
      'href',
      '#child-dateOfBirth-day',
    )
    expect(api.callsTo('PUT', referralPath)).toHaveLength(0)
  })

  it('shows a warning about a saved answer, such as a year group that does not match the date of birth', async () => {
    fakeApi({
      [`GET ${referralPath}`]: jsonResponse(
        draft({
          warnings: [{ field: 'child.yearGroup', message: 'Year 4 does not match a child born on 14 March 2017' }],
        }),
      ),
    })
    renderRoute(`/referrals/${REFERRAL_ID}/child`)

    expect(await screen.findByText('Year 4 does not match a child born on 14 March 2017')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
