import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CASE_ID, practitioner1, supportCase } from '../../../test/allocation-fixtures'
import { AUDIT_IDS, gradedAudit } from '../../../test/audit-fixtures'
import { fakeApi } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { senior1 } from '../../../test/referral-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'
import type { CaseAudit } from '../api/types'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const casePath = `/api/v1/cases/${CASE_ID}`

async function openAs(me: typeof practitioner1, audits: CaseAudit[]) {
  fakeApi({
    'GET /api/v1/me': jsonResponse(me),
    [`GET ${casePath}`]: jsonResponse(supportCase({ state: 'ACTIVE', firstContactStatus: 'MET' })),
    [`GET ${casePath}/audits`]: jsonResponse(audits),
    [`GET ${casePath}/groups`]: jsonResponse([]),
    [`GET ${casePath}/closures`]: jsonResponse([]),
  })
  renderRoute(`/cases/${CASE_ID}`)
  await screen.findByRole('heading', { level: 2, name: 'Summary' })
}

describe('a case’s audits on its summary', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('shows the practitioner each graded audit, the latest first, with the actions for them', async () => {
    await openAs(practitioner1, [
      gradedAudit({ cycleStartedOn: '2027-01-19', grade: 'OUTSTANDING', actions: undefined, id: AUDIT_IDS[1] }),
      gradedAudit(),
    ])

    expect(await screen.findByRole('heading', { level: 2, name: 'Case audits' })).toBeVisible()
    const cards = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.closest('.govuk-summary-card')!)
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Audit cycle started 19 January 2027',
      'Audit cycle started 8 December 2026',
    ])
    expect(within(cards[0] as HTMLElement).queryByText('Actions for you')).not.toBeInTheDocument()
    const latest = cards[1] as HTMLElement
    const value = (key: string) => within(latest).getByText(key, { selector: 'dt' }).nextElementSibling
    expect(value('Grade')).toHaveTextContent('Good')
    expect(value('Findings')).toHaveTextContent('Contacts are timely and the plan is SMART.')
    expect(value('Actions for you')).toHaveTextContent('Record the child’s voice at each review.')
    expect(value('Audited by')).toHaveTextContent('Helen Moore on 9 December 2026 at 10:30am')
  })

  it('names the practitioner the actions are for when a senior reads them', async () => {
    await openAs(senior1, [gradedAudit()])

    expect(await screen.findByText('Actions for Priya Shah')).toBeVisible()
  })

  it('shows nothing of audits while the case has none', async () => {
    await openAs(practitioner1, [])

    expect(screen.queryByRole('heading', { name: 'Case audits' })).not.toBeInTheDocument()
  })
})
