import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { AUDIT_IDS, auditCycle, CYCLE_ID, gradedAudit } from '../../../test/audit-fixtures'
import { fakeApi } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { senior1 } from '../../../test/referral-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'
import { summaryValue } from '../../../test/summary-list'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

describe('an audit cycle', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('lists its sampled cases with their practitioners and grades, each leading to its grading', async () => {
    const cycle = auditCycle({ graded: 1 })
    cycle.audits[0] = gradedAudit()
    fakeApi({
      'GET /api/v1/me': jsonResponse(senior1),
      [`GET /api/v1/audit-cycles/${CYCLE_ID}`]: jsonResponse(cycle),
    })
    renderRoute(`/audits/${CYCLE_ID}`)

    expect(await screen.findByRole('heading', { level: 1, name: 'Audit cycle started 8 December 2026' })).toBeVisible()
    expect(document.title).toBe('Audit cycle started 8 December 2026 – TeamAround')
    expect(screen.getByRole('link', { name: 'Back to case audits' })).toHaveAttribute('href', '/audits')
    expect(summaryValue('Started by')).toHaveTextContent('Helen Moore')
    expect(summaryValue('Graded')).toHaveTextContent('1 of 2')
    expect(summaryValue('Next cycle due')).toHaveTextContent('19 January 2027')
    const rows = within(screen.getByRole('table', { name: 'Sampled cases' })).getAllByRole('row').slice(1)
    expect(rows.map((row) => row.textContent)).toEqual([
      'Child1 Example, case TA-2026-000001TA-2026-000001Priya ShahGood',
      'Child2 Example, case TA-2026-000002TA-2026-000002Tom WalshNot graded',
    ])
    expect(within(rows[0]!).getByText('Good')).toHaveClass('govuk-tag')
    expect(within(rows[1]!).getByRole('link', { name: 'Child2 Example, case TA-2026-000002' })).toHaveAttribute(
      'href',
      `/audits/${CYCLE_ID}/cases/${AUDIT_IDS[1]}`,
    )
  })
})
