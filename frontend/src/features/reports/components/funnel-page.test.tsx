import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { practitioner1 } from '../../../test/allocation-fixtures'
import { fakeApi, problem } from '../../../test/fake-api'
import { senior1 } from '../../../test/referral-fixtures'
import { answering, filterChoices, FROM, funnel, onTheReportDay, tableCells, TODAY } from '../../../test/report-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'
import { areas } from '../../../test/triage-fixtures'

// Loaded up front: the route loads the page on its first visit, longer than a findBy waits.
import './funnel-page'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

function answerWith(report = answering(funnel)) {
  return fakeApi({ 'GET /api/v1/me': jsonResponse(senior1), ...filterChoices, 'GET /api/v1/reports/funnel': report })
}

async function open(path = '/reports/funnel') {
  renderRoute(path)
  return screen.findByRole('heading', { level: 2, name: /^Headline figures/ })
}

/** The headline card's value and action for a measure. */
function headline(label: string) {
  const card = screen.getByRole('heading', { level: 2, name: /^Headline figures/ }).closest('.govuk-summary-card')!
  const row = within(card as HTMLElement).getByText(label, { selector: 'dt' }).parentElement!
  return {
    value: row.querySelector('.govuk-summary-list__value')!,
    // Testing Library drops the space before the action's hidden words, which a browser reads.
    link: within(row).queryByRole('link', { name: new RegExp(`^View records\\s*for ${escaped(label)}$`) }),
  }
}

describe('the referral funnel', () => {
  onTheReportDay()

  it('shows the school year so far, each figure by its unit with a link to the records it counts', async () => {
    const api = answerWith()
    const card = await open()

    expect(document.title).toBe('Referral funnel – TeamAround')
    expect(card).toHaveTextContent('Headline figures, 1 September 2026 to 19 January 2027')
    expect(api.callsTo('GET', '/api/v1/reports/funnel')[0]?.url.search).toBe(`?from=${FROM}&to=${TODAY}`)
    expect(headline('Referrals received').value).toHaveTextContent(/^120$/)
    expect(headline('Accepted, % of discussed').value).toHaveTextContent(/^52\.1%$/)
    expect(headline('Signposted, % of discussed').value).toHaveTextContent(/^No data$/)
    expect(headline('Referrals received').link).toHaveAttribute(
      'href',
      `/reports/funnel/records?measure=received&from=${FROM}&to=${TODAY}`,
    )
    expect(headline('Escalated').link).toBeNull()
  })

  it('notes the figures about fewer than 5 children, which exports suppress', async () => {
    answerWith()
    await open()

    expect(headline('Declined').value).toHaveTextContent(/^4 \(fewer than 5 children: suppressed in exports\)$/)
    expect(headline('Accepted').value).toHaveTextContent(/^38$/)
  })

  it('draws the funnel as bars, with the same numbers in a table under the chart', async () => {
    answerWith()
    await open()

    const chart = screen.getByRole('img', { name: /^Bar chart of referrals received, discussed/ })
    expect(chart).toHaveAccessibleName(
      'Bar chart of referrals received, discussed, accepted and allocated: Referrals received, 120; ' +
        'Discussed at triage, 73; Accepted, 38; Allocated, 30',
    )
    expect(chart.closest('figure')).toHaveTextContent(/^From referral to allocation/)
    const table = screen.getByRole('table', { name: 'From referral to allocation: the figures' })
    expect(tableCells(table)).toEqual([
      ['Referrals received', '120'],
      ['Discussed at triage', '73'],
      ['Accepted', '38'],
      ['Allocated', '30'],
    ])
    expect(tableCells(screen.getByRole('table', { name: 'Where the other referrals went: the figures' }))).toEqual([
      ['Signposted (alternative support plan)', '24'],
      ['Declined', '4'],
      ['Escalated', '0'],
      ['Withdrawn', '3'],
    ])
  })

  it('writes the filters into the address, and breaks the figures down with links that carry them', async () => {
    const api = answerWith()
    await open()
    const pontefract = areas.find((area) => area.name === 'Pontefract')!

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Area' }), 'Pontefract')
    expect(optionsOf('School')).toEqual(['All schools', 'Northgate Primary School'])
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Need type' }), 'SEMH')
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Practitioner' }), 'Priya Shah')
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Break down by' }), 'School')
    await userEvent.clear(screen.getByLabelText('Period from'))
    await userEvent.type(screen.getByLabelText('Period from'), '2026-10-01')
    await userEvent.click(screen.getByRole('button', { name: 'Show the figures' }))

    const table = await screen.findByRole('table', { name: 'Referral funnel: one row per school' })
    const query =
      `from=2026-10-01&to=${TODAY}&areaId=${pontefract.id}&needType=SEMH&practitionerId=${practitioner1.id}&by=school`
    expect(api.callsTo('GET', '/api/v1/reports/funnel').at(-1)?.url.search).toBe(`?${query}`)
    expect(screen.getByRole('combobox', { name: 'Area' })).toHaveValue(pontefract.id)
    expect(screen.getByLabelText('Period from')).toHaveValue('2026-10-01')
    const northgate = within(table).getByRole('row', { name: /^Northgate Primary School/ })
    expect(
      within(northgate).getByRole('link', {
        name: '45, Discussed at triage, Northgate Primary School: view the records',
      }),
    ).toHaveAttribute('href', `/reports/funnel/records?measure=discussed&${query}&group=100001`)
    expect(headline('Referrals received').link).toHaveAttribute(
      'href',
      `/reports/funnel/records?measure=received&${query}`,
    )
  })

  it('downloads the same figures as a CSV file, named as the API names it', async () => {
    const api = answerWith()
    const saved: { name: string; href: string }[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, href: this.href })
    })
    // jsdom has no object URLs.
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:report')
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() })
    await open()
    const csv = 'Breakdown,Referrals received (count)\nAll,120\n'
    const fileName = `funnel_${FROM}_to_${TODAY}.csv`
    api.on(
      'GET /api/v1/reports/funnel',
      new Response(csv, {
        headers: { 'Content-Type': 'text/csv', 'Content-Disposition': `attachment; filename="${fileName}"` },
      }),
    )

    await userEvent.click(screen.getByRole('button', { name: 'Download CSV of Referral funnel' }))

    await vi.waitFor(() => expect(saved).toEqual([{ name: fileName, href: 'blob:report' }]))
    const [path, init] = vi.mocked(fetch).mock.calls.at(-1) as [string, RequestInit]
    expect(path).toBe(`/api/v1/reports/funnel?from=${FROM}&to=${TODAY}`)
    expect(new Headers(init.headers).get('Accept')).toMatch(/^text\/csv/)
    expect(new Headers(init.headers).get('Authorization')).toBe('Bearer access-token-for-senco1')
    expect(await createObjectURL.mock.calls[0]?.[0].text()).toBe(csv)
  })

  it('says what is wrong with a period the API would refuse, without asking it', async () => {
    const api = answerWith()
    renderRoute('/reports/funnel?from=2027-01-10&to=2027-01-01')

    const summary = await screen.findByRole('alert')
    const error = 'Period to must be the same as or after period from'
    expect(within(summary).getByRole('link', { name: error })).toHaveAttribute('href', '#to')
    expect(await screen.findByLabelText('Period to')).toHaveAccessibleDescription(
      'Error: Period to must be the same as or after period from',
    )
    expect(document.title).toBe('Error: Referral funnel – TeamAround')
    expect(api.callsTo('GET', '/api/v1/reports/funnel')).toHaveLength(0)
  })

  it('shows a filter the API refuses in an error summary', async () => {
    answerWith(() =>
      problem(400, 'The request has invalid fields', {
        errors: [{ field: 'needType', message: 'must be an SEN2 primary need code' }],
      }),
    )
    renderRoute('/reports/funnel?needType=XYZ')

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Need type must be an SEN2 primary need code' })).toHaveAttribute(
      'href',
      '#needType',
    )
  })

  it('is for seniors only', async () => {
    fakeApi({ 'GET /api/v1/me': jsonResponse({ ...practitioner1 }) })
    renderRoute('/reports/funnel')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'You cannot see the programme board reports' }),
    ).toBeVisible()
  })
})

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function optionsOf(label: string): string[] {
  return [...(screen.getByRole('combobox', { name: label }) as HTMLSelectElement).options].map((option) => option.text)
}
