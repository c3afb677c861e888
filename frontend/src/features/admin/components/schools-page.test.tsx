import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest'
import { admin1, school, schoolPage } from '../../../test/admin-fixtures'
import { fakeApi, problem } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { jsonResponse, renderRoute } from '../../../test/render'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const northgate = school(1, { name: 'Northgate Primary School' })
const learningCentre = school(10, {
  name: 'Airedale Learning Centre',
  area: 'Airedale',
  phase: 'ALTERNATIVE_PROVISION',
  vulnerability: { senPercent: 64, lookedAfter: 5, ealPercent: 1.5 },
})

const csv = (name = 'schools.csv') =>
  new File(['urn,name,area,phase,sen_percent,looked_after,mobility_percent,eal_percent\n'], name, { type: 'text/csv' })

function answerWith(...schools: ReturnType<typeof school>[]) {
  return fakeApi({ 'GET /api/v1/me': jsonResponse(admin1), 'GET /api/v1/schools': jsonResponse(schoolPage(schools)) })
}

async function open() {
  renderRoute('/admin/schools')
  return screen.findByRole('table', { name: /schools?$/ })
}

const cells = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))

describe('schools', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('lists the schools with their phase and figures, saying which are not known', async () => {
    const api = answerWith(learningCentre, northgate)
    const table = await open()

    expect(table).toHaveAccessibleName('2 schools')
    expect(cells(table)).toEqual([
      ['100010', 'Airedale Learning Centre', 'Airedale', 'Alternative provision', '64%', '5', 'Not known', '1.5%'],
      ['100001', 'Northgate Primary School', 'Pontefract', 'Primary', '18.5%', '4', '9%', '6.5%'],
    ])
    expect(api.callsTo('GET', '/api/v1/schools')[0]?.url.search).toBe('?page=0&size=50')
  })

  it('pages through the schools in the address', async () => {
    const api = answerWith()
    api.on('GET /api/v1/schools', jsonResponse(schoolPage([northgate], 1, 50, 120)))
    renderRoute('/admin/schools?page=2')

    expect(await screen.findByRole('table', { name: '120 schools, page 2 of 3' })).toBeVisible()
    expect(api.callsTo('GET', '/api/v1/schools')[0]?.url.search).toBe('?page=1&size=50')
    expect(screen.getByRole('link', { name: /^Next\s*page$/ })).toHaveAttribute('href', '/admin/schools?page=3')
  })

  it('lists each problem in a file with its line and column, and says nothing was imported', async () => {
    const api = answerWith(northgate)
    api.on(
      'POST /api/v1/schools/import',
      problem(400, 'Some fields are not valid.', {
        detail: 'The file has 2 problems. Nothing was imported.',
        errors: [
          { field: 'line 3, column sen_percent', message: 'must be a number from 0 to 100, without a % sign' },
          { field: 'line 4', message: 'has 9 values; the header has 8' },
        ],
      }),
    )
    await open()

    await userEvent.upload(screen.getByLabelText('Upload a schools file'), csv())
    await userEvent.click(screen.getByRole('button', { name: 'Import schools' }))

    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('There is a problem')
    const link = within(summary).getByRole('link', { name: /^The file was not imported: nothing has changed/ })
    expect(link).toHaveTextContent('Fix the 2 problems listed below and upload the file again.')
    expect(link).toHaveAttribute('href', '#file')
    expect(document.title).toBe('Error: Schools – TeamAround')
    expect(screen.getByLabelText('Upload a schools file')).toHaveAccessibleDescription(
      expect.stringContaining('Error: The file was not imported: nothing has changed'),
    )
    expect(screen.getByText('The file has 2 problems. Nothing was imported.')).toBeVisible()
    const problems = screen.getByRole('table', { name: '2 problems to fix' })
    expect(within(problems).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Line',
      'Column',
      'Problem',
    ])
    expect(cells(problems)).toEqual([
      ['3', 'sen_percent', 'sen_percent must be a number from 0 to 100, without a % sign'],
      ['4', 'Whole line', 'This line has 9 values; the header has 8'],
    ])
    expect(screen.queryByText('Schools imported')).not.toBeInTheDocument()
    expect(api.callsTo('GET', '/api/v1/schools')).toHaveLength(1)
  })

  it('sends the file as CSV, says what was imported and shows the schools again', async () => {
    const api = answerWith(northgate)
    api.on('POST /api/v1/schools/import', jsonResponse({ created: 1, updated: 2, unchanged: 9 }))
    await open()
    const file = csv()

    await userEvent.upload(screen.getByLabelText('Upload a schools file'), file)
    api.on('GET /api/v1/schools', jsonResponse(schoolPage([learningCentre, northgate])))
    await userEvent.click(screen.getByRole('button', { name: 'Import schools' }))

    const banner = await screen.findByRole('alert')
    expect(banner).toHaveTextContent('Schools imported')
    expect(banner).toHaveTextContent('1 school created, 2 updated and 9 unchanged.')
    expect(await screen.findByRole('rowheader', { name: '100010' })).toBeVisible()
    expect(screen.getByRole('table', { name: '2 schools' })).toBeVisible()
    const [, init] = (fetch as Mock).mock.calls.find(([path]) => path === '/api/v1/schools/import') as [
      string,
      RequestInit,
    ]
    expect(init.body).toBe(file)
    expect(new Headers(init.headers).get('Content-Type')).toBe('text/csv')
    expect((screen.getByLabelText('Upload a schools file') as HTMLInputElement).files).toHaveLength(0)
  })

  it('replaces a refused file’s problems with what the corrected file imported', async () => {
    const api = answerWith(northgate)
    api.on(
      'POST /api/v1/schools/import',
      problem(400, 'Some fields are not valid.', {
        errors: [{ field: 'line 2, column urn', message: 'must be a 6-digit URN' }],
      }),
    )
    await open()
    await userEvent.upload(screen.getByLabelText('Upload a schools file'), csv())
    await userEvent.click(screen.getByRole('button', { name: 'Import schools' }))
    expect(await screen.findByRole('link', { name: /Fix the problem listed below/ })).toBeVisible()
    expect(screen.getByRole('table', { name: '1 problem to fix' })).toBeVisible()

    api.on('POST /api/v1/schools/import', jsonResponse({ created: 0, updated: 1, unchanged: 0 }))
    await userEvent.upload(screen.getByLabelText('Upload a schools file'), csv())
    await userEvent.click(screen.getByRole('button', { name: 'Import schools' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('0 schools created, 1 updated and 0 unchanged.')
    expect(screen.queryByText('There is a problem')).not.toBeInTheDocument()
    expect(screen.queryByRole('table', { name: /to fix/ })).not.toBeInTheDocument()
    expect(screen.getByLabelText('Upload a schools file')).not.toHaveAccessibleDescription(/Error/)
    expect(document.title).toBe('Schools – TeamAround')

    await userEvent.click(screen.getByRole('button', { name: 'Import schools' }))
    expect(await screen.findByRole('link', { name: 'Select a CSV file' })).toBeVisible()
    expect(screen.queryByText('Schools imported')).not.toBeInTheDocument()
  })

  it('asks for a file before sending anything', async () => {
    const api = answerWith(northgate)
    await open()

    await userEvent.click(screen.getByRole('button', { name: 'Import schools' }))

    expect(await screen.findByRole('link', { name: 'Select a CSV file' })).toHaveAttribute('href', '#file')
    expect(api.callsTo('POST', '/api/v1/schools/import')).toHaveLength(0)
  })

  it('says when the file is too large for the service', async () => {
    const api = answerWith(northgate)
    api.on('POST /api/v1/schools/import', problem(413, 'The request body is too large'))
    await open()

    await userEvent.upload(screen.getByLabelText('Upload a schools file'), csv())
    await userEvent.click(screen.getByRole('button', { name: 'Import schools' }))

    expect(await screen.findByRole('link', { name: 'The selected file must be smaller than 1 MB' })).toBeVisible()
  })
})
