import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CASE_ID, practitioner1, supportCase } from '../../../test/allocation-fixtures'
import { recordVersion } from '../../../test/case-fixtures'
import { fakeApi } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { senior1 } from '../../../test/referral-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const casePath = `/api/v1/cases/${CASE_ID}`

describe('the versions of an assessment', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('lists every saved version, latest first, with who saved it and when', async () => {
    fakeApi({
      'GET /api/v1/me': jsonResponse(senior1),
      [`GET ${casePath}`]: jsonResponse(supportCase({ state: 'ACTIVE', firstContactStatus: 'MET' })),
      [`GET ${casePath}/assessment/versions`]: jsonResponse([
        recordVersion(3, { state: 'COMPLETED' }),
        recordVersion(2, { savedBy: 'Helen Moore' }),
        recordVersion(1),
      ]),
    })
    renderRoute(`/cases/${CASE_ID}/assessment/versions`)

    expect(await screen.findByRole('heading', { level: 2, name: 'Versions of the assessment' })).toBeVisible()
    expect(document.title).toBe('Versions of the assessment – Child1 Example – TeamAround')
    expect(
      within(screen.getByRole('navigation', { name: 'Case' })).getByRole('link', { name: 'Assessment' }),
    ).toHaveAttribute('aria-current', 'true')
    const table = screen.getByRole('table', { name: '3 versions, latest first' })
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => within(row).queryAllByRole('cell').map((cell) => cell.textContent)),
    ).toEqual([
      [],
      ['Completed', 'Priya Shah', '26 November 2026 at 9:30am'],
      ['Draft', 'Helen Moore', '26 November 2026 at 9:20am'],
      ['Draft', 'Priya Shah', '26 November 2026 at 9:10am'],
    ])
    expect(within(table).getAllByRole('rowheader').map((header) => header.textContent)).toEqual(['3', '2', '1'])
    expect(screen.getByRole('link', { name: 'Back to the assessment' })).toHaveAttribute(
      'href',
      `/cases/${CASE_ID}/assessment`,
    )
  })

  it('says when the assessment has not been started', async () => {
    fakeApi({
      'GET /api/v1/me': jsonResponse(practitioner1),
      [`GET ${casePath}`]: jsonResponse(supportCase()),
    })
    renderRoute(`/cases/${CASE_ID}/assessment/versions`)

    expect(await screen.findByText('The assessment has not been started yet.')).toBeVisible()
  })
})
