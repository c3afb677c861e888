import { expect, test, type APIRequestContext } from '@playwright/test'
import { AuditPages } from './pages/audit-pages'
import { CasePages } from './pages/case-pages'
import { successBanner, summaryValue } from './pages/govuk'
import { GroupPages } from './pages/group-pages'
import { ReopenCasePage } from './pages/reopen-case-page'
import { expectNoAccessibilityViolations } from './support/accessibility'
import { caseOfPractitioner1, closeCaseAsPractitioner1 } from './support/api'
import { signInAs } from './support/sign-in'

/** The database lives for the whole run (and the run stack's for longer): each run refers children of its own. */
const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}`

/** The demo users who hold cases, by the name a case shows for its practitioner. */
const PRACTITIONERS: Record<string, string> = {
  'Priya Shah': 'practitioner1',
  'Tom Walsh': 'practitioner2',
  'Grace Obi': 'practitioner3',
  'Helen Moore': 'senior1',
}

/** A fresh case of practitioner1's for a child of this run; answers the child's name and the case's id. */
async function freshCase(request: APIRequestContext, prefix: string) {
  const firstName = unique(prefix)
  const caseId = await caseOfPractitioner1(request, { firstName, lastName: 'Example' })
  return { childName: `${firstName} Example`, caseId }
}

test.describe('audits, groups and reopening', () => {
  test('a senior audits a sample of open cases; the practitioner of a graded case reads the grade and actions', async ({
    browser,
    request,
  }) => {
    test.slow() // two users, a dozen pages, each with an axe check
    await freshCase(request, 'Ada')
    await freshCase(request, 'Ben')
    const token = unique('audit')

    const page = await signInAs(browser, 'senior1', 'Helen Moore')
    const audits = new AuditPages(page)
    await audits.openFromHome()
    await expectNoAccessibilityViolations(page)
    await audits.startCycle(2)
    await expect(successBanner(page)).toContainText('2 open cases were sampled')
    await expect(audits.sampledRows()).toHaveCount(2)
    await expect(audits.sampledRows().first()).toContainText('Not graded')
    await expectNoAccessibilityViolations(page)

    const sampled = await audits.sampledCase(audits.sampledRows().first())
    await audits.openGrading(audits.sampledRows().first())
    await expectNoAccessibilityViolations(page)
    await audits.saveGrade()
    await expect(audits.errorSummary()).toContainText('Select a grade')
    await expect(audits.errorSummary()).toContainText('Enter your findings')
    await expectNoAccessibilityViolations(page)
    await audits.grade({
      grade: 'Good',
      findings: `Contacts are timely and the plan is SMART (${token}).`,
      actions: `Record the child’s voice at each review (${token}).`,
    })
    await audits.saveGrade()
    await expect(successBanner(page)).toContainText('Grade saved: Good')
    await expect(audits.sampledRows().filter({ hasText: sampled.reference })).toContainText('Good')
    await expectNoAccessibilityViolations(page)

    await audits.openFromHome()
    await expect(page.getByText(/^Next audit cycle due \d{1,2} \w+ \d{4}$/)).toBeVisible()
    const latestCycle = page.getByRole('table', { name: /audit cycles?, the latest first/ }).getByRole('row').nth(1)
    await expect(latestCycle).toContainText('1 of 2')
    await expectNoAccessibilityViolations(page)
    await latestCycle.getByRole('link').click()
    await expect(summaryValue(page, 'Graded')).toHaveText('1 of 2')
    await expect(audits.sampledRows().filter({ hasText: sampled.reference })).toContainText('Good')
    await page.context().close()

    // The case's practitioner reads the grade and what they are to do on the case's summary.
    const username = PRACTITIONERS[sampled.practitionerName]
    expect(username, `${sampled.practitionerName} is a demo practitioner`).toBeDefined()
    const practitionerPage = await signInAs(browser, username!, sampled.practitionerName)
    const cases = new CasePages(practitionerPage)
    await cases.openYourCasesFromHome()
    await practitionerPage.getByRole('row').filter({ hasText: sampled.reference }).getByRole('link').click()
    await expect(practitionerPage.getByRole('heading', { level: 1, name: sampled.childName })).toBeVisible()
    await cases.expectPage('Summary')
    await expect(practitionerPage.getByRole('heading', { level: 2, name: 'Case audits' })).toBeVisible()
    const audit = practitionerPage.locator('.govuk-summary-card').filter({ hasText: token })
    await expect(summaryValue(audit, 'Grade')).toHaveText('Good')
    await expect(summaryValue(audit, 'Actions for you')).toHaveText(
      `Record the child’s voice at each review (${token}).`,
    )
    await expect(summaryValue(audit, 'Audited by')).toContainText('Helen Moore on')
    await expectNoAccessibilityViolations(practitionerPage)
    await practitionerPage.context().close()
  })

  test('a practitioner runs a parents’ group and sees the attendance on the case', async ({ browser, request }) => {
    test.slow()
    const { childName } = await freshCase(request, 'Cal')
    const groupName = `Pontefract parents’ group ${unique('')}`
    const topic = 'Calm mornings and bedtimes'

    const page = await signInAs(browser, 'practitioner1', 'Priya Shah')
    const groups = new GroupPages(page)
    await groups.openFromHome()
    await expectNoAccessibilityViolations(page)
    await groups.startSettingUp()
    await expectNoAccessibilityViolations(page)
    await groups.setUp({ name: groupName, kind: 'Parents’ group', area: 'Pontefract', halfTerm: 'Autumn 1' })
    await expect(successBanner(page)).toContainText('Group set up')
    await expect(page.getByText('No cases have been added to the group yet.')).toBeVisible()
    await expectNoAccessibilityViolations(page)

    await groups.addCase(childName)
    await expectNoAccessibilityViolations(page)
    await groups.confirmAddingCase()
    await expect(successBanner(page)).toContainText(`${childName} added to the group`)
    await expect(groups.registerRow(childName)).toContainText('0 of 0')

    await groups.startSession()
    await expectNoAccessibilityViolations(page)
    await groups.recordSession({ heldOn: new Date(), topic, attended: [childName] })
    await expect(successBanner(page)).toContainText('1 of 1 case attended.')
    await expect(groups.registerRow(childName)).toContainText('1 of 1')
    await expect(groups.sessionRow(topic)).toContainText(childName)
    await expectNoAccessibilityViolations(page)

    await groups.openFromHome()
    await groups.filter({ area: 'Pontefract', halfTerm: 'Autumn 1' })
    await expect(groups.groupRow(groupName)).toContainText('Autumn 1')
    await expectNoAccessibilityViolations(page)

    const cases = new CasePages(page)
    await cases.openYourCasesFromHome()
    await cases.openCase(childName)
    await expect(groups.caseGroupRow(groupName)).toContainText('1 of 1 session')
    await expectNoAccessibilityViolations(page)
    await page.context().close()
  })

  test('a senior reopens a closed case, which is allocated again with its closure marked reopened', async ({
    browser,
    request,
  }) => {
    const { childName, caseId } = await freshCase(request, 'Dev')
    await closeCaseAsPractitioner1(request, caseId)
    const reason = 'The school asked for support again after the family moved back.'

    // A senior, sent the closed case.
    const page = await signInAs(browser, 'senior1', 'Helen Moore')
    const cases = new CasePages(page)
    await page.goto(`/cases/${caseId}`)
    await expect(page.getByRole('heading', { level: 1, name: childName })).toBeVisible()
    await expect(cases.summaryValue('State')).toHaveText('Closed')
    await expectNoAccessibilityViolations(page)
    const reopening = new ReopenCasePage(page)
    await reopening.start()
    await expectNoAccessibilityViolations(page)
    await reopening.reopen(reason)

    await cases.expectPage('Summary')
    await expect(cases.successBanner()).toContainText('Case reopened')
    await expect(cases.summaryValue('State')).toHaveText('Allocated')
    await expect(reopening.closureRows()).toHaveCount(1)
    await expect(reopening.closureRows().first()).toContainText('The family disengaged')
    await expect(reopening.closureRows().first()).toContainText(`by Helen Moore: ${reason}`)
    await expect(page.getByRole('button', { name: 'Close the case' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Reopen this case' })).toHaveCount(0)
    await expectNoAccessibilityViolations(page)
    await page.context().close()
  })
})
