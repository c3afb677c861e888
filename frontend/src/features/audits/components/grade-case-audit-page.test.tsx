import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CASE_ID } from '../../../test/allocation-fixtures'
import { AUDIT_IDS, auditCycle, caseAudit, CYCLE_ID, gradedAudit } from '../../../test/audit-fixtures'
import { fakeApi, problem } from '../../../test/fake-api'
import { fakeKeycloak } from '../../../test/fake-keycloak'
import { senior1 } from '../../../test/referral-fixtures'
import { jsonResponse, renderRoute } from '../../../test/render'
import { summaryValue } from '../../../test/summary-list'
import type { AuditCycle } from '../api/types'

vi.mock('keycloak-js', () => import('../../../test/fake-keycloak'))

const cyclePath = `/api/v1/audit-cycles/${CYCLE_ID}`
const auditPath = `/api/v1/case-audits/${AUDIT_IDS[0]}`

function answerWith(cycle: AuditCycle = auditCycle()) {
  return fakeApi({ 'GET /api/v1/me': jsonResponse(senior1), [`GET ${cyclePath}`]: jsonResponse(cycle) })
}

async function open(auditId: string = AUDIT_IDS[0]) {
  renderRoute(`/audits/${CYCLE_ID}/cases/${auditId}`)
  await screen.findByRole('heading', { level: 1, name: 'Grade the case' })
}

const findings = () => screen.getByRole('textbox', { name: 'Findings' })
const actions = () => screen.getByRole('textbox', { name: 'Actions for the practitioner (optional)' })

describe('grading a sampled case', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('shows whose case it is and leads to it', async () => {
    answerWith()
    await open()

    expect(document.title).toBe('Grade the case – Child1 Example – TeamAround')
    expect(screen.getByText('Child1 Example, case TA-2026-000001')).toHaveClass('govuk-caption-l')
    expect(summaryValue('Practitioner')).toHaveTextContent('Priya Shah')
    expect(summaryValue('Audit cycle')).toHaveTextContent('Audit cycle started 8 December 2026')
    expect(screen.getByRole('link', { name: 'Read the case of Child1 Example' })).toHaveAttribute(
      'href',
      `/cases/${CASE_ID}`,
    )
    expect(actions()).toHaveAccessibleDescription('What Priya Shah is to do, and by when')
    expect(screen.getByRole('link', { name: 'Back to the audit cycle' })).toHaveAttribute('href', `/audits/${CYCLE_ID}`)
  })

  it('checks the answers before sending anything, each error linked to its question', async () => {
    const api = answerWith()
    await open()

    await userEvent.type(findings(), '   ')
    await userEvent.click(screen.getByRole('button', { name: 'Save grade' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Select a grade', '#grade'],
      ['Enter your findings', '#findings'],
    ])
    expect(document.title).toBe('Error: Grade the case – Child1 Example – TeamAround')
    expect(screen.getByRole('group', { name: 'Grade' })).toHaveAccessibleDescription('Error: Select a grade')
    await userEvent.click(within(summary).getByRole('link', { name: 'Enter your findings' }))
    expect(findings()).toHaveFocus()
    expect(api.callsTo('PUT', auditPath)).toHaveLength(0)
  })

  it('shows the API’s refusal against its field', async () => {
    const api = answerWith()
    api.on(
      `PUT ${auditPath}`,
      problem(400, 'The request has invalid fields', {
        errors: [{ field: 'findings', message: 'size must be between 0 and 10000' }],
      }),
    )
    await open()

    await userEvent.click(screen.getByRole('radio', { name: 'Good' }))
    await userEvent.type(findings(), 'Plan is SMART.')
    await userEvent.click(screen.getByRole('button', { name: 'Save grade' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Size must be between 0 and 10000' })).toHaveAttribute(
      'href',
      '#findings',
    )
    expect(findings()).toHaveAccessibleDescription(expect.stringContaining('Error: Size must be between 0 and 10000'))
  })

  it('grades the case with the version read, then shows the cycle with its grade', async () => {
    const api = answerWith()
    api.on(`PUT ${auditPath}`, (call) => {
      const graded = gradedAudit({ ...(call.body as object), version: 1 })
      api.on(`GET ${cyclePath}`, jsonResponse(auditCycle({ graded: 1, audits: [graded, auditCycle().audits[1]!] })))
      return jsonResponse(graded)
    })
    await open()

    await userEvent.click(screen.getByRole('radio', { name: 'Good' }))
    await userEvent.type(findings(), ' Contacts are timely. ')
    await userEvent.type(actions(), 'Record the child’s voice.')
    await userEvent.click(screen.getByRole('button', { name: 'Save grade' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Audit cycle started 8 December 2026' })).toBeVisible()
    const banner = screen.getByRole('alert')
    expect(banner).toHaveTextContent('Grade saved: Good')
    expect(banner).toHaveTextContent('Child1 Example, case TA-2026-000001')
    expect(summaryValue('Graded')).toHaveTextContent('1 of 2')
    expect(api.callsTo('PUT', auditPath)[0]?.body).toEqual({
      grade: 'GOOD',
      findings: 'Contacts are timely.',
      actions: 'Record the child’s voice.',
      version: 0,
    })
  })

  it('opens a graded case with its grading, to change it', async () => {
    const api = answerWith(auditCycle({ graded: 1, audits: [gradedAudit({ actions: undefined })] }))
    api.on(`PUT ${auditPath}`, jsonResponse(gradedAudit({ grade: 'OUTSTANDING', version: 2 })))
    await open()

    expect(screen.getByRole('radio', { name: 'Good' })).toBeChecked()
    expect(findings()).toHaveValue('Contacts are timely and the plan is SMART.')
    await userEvent.click(screen.getByRole('radio', { name: 'Outstanding' }))
    await userEvent.click(screen.getByRole('button', { name: 'Save grade' }))

    expect(await screen.findByText('Grade saved: Outstanding')).toBeVisible()
    expect(api.callsTo('PUT', auditPath)[0]?.body).toEqual({
      grade: 'OUTSTANDING',
      findings: 'Contacts are timely and the plan is SMART.',
      version: 1,
    })
  })

  it('says when someone else graded it meanwhile, shows their grading, and replaces it when saved again', async () => {
    const api = answerWith()
    api.on(`PUT ${auditPath}`, () => {
      const theirs = gradedAudit({
        grade: 'REQUIRES_IMPROVEMENT',
        findings: 'No plan yet.',
        auditedByName: 'Sam Senior',
      })
      api.on(`GET ${cyclePath}`, jsonResponse(auditCycle({ graded: 1, audits: [theirs, auditCycle().audits[1]!] })))
      api.on(`PUT ${auditPath}`, jsonResponse(gradedAudit({ version: 2 })))
      return problem(409, 'The record was changed by someone else', {
        detail: 'Someone else changed this record. Reload it and apply your change again.',
        currentVersion: 1,
      })
    })
    await open()

    await userEvent.click(screen.getByRole('radio', { name: 'Good' }))
    await userEvent.type(findings(), 'Contacts are timely.')
    await userEvent.click(screen.getByRole('button', { name: 'Save grade' }))

    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('Someone else graded this case while you were grading it.')
    const theirs = (await screen.findByRole('heading', { level: 2, name: 'Their grading' })).parentElement!
    expect(within(theirs).getByText('Requires improvement')).toHaveClass('govuk-tag')
    expect(theirs).toHaveTextContent('No plan yet.')
    expect(theirs).toHaveTextContent('Sam Senior on 9 December 2026 at 10:30am')
    expect(screen.getByRole('radio', { name: 'Good' })).toBeChecked()
    expect(findings()).toHaveValue('Contacts are timely.')

    await userEvent.click(screen.getByRole('button', { name: 'Save grade' }))

    expect(await screen.findByText('Grade saved: Good')).toBeVisible()
    expect(api.callsTo('PUT', auditPath).map((call) => (call.body as { version: number }).version)).toEqual([0, 1])
  })

  it('is not found outside the cycle', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    answerWith(auditCycle({ audits: [caseAudit()] }))
    renderRoute(`/audits/${CYCLE_ID}/cases/${AUDIT_IDS[1]}`)

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  })
})
