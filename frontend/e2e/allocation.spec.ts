import { expect, test } from '@playwright/test'
import { AllocationPages } from './pages/allocation-pages'
import { ReferralsPages } from './pages/referrals-pages'
import { TriagePages } from './pages/triage-pages'
import { expectNoAccessibilityViolations } from './support/accessibility'
import { signInAs } from './support/sign-in'
import { caseOfPractitioner1, nextWeek, OVERRIDE_REASON, submitReferralAsSenco1 } from './support/api'

/** The database lives for the whole run (and the run stack's for longer): each run refers a child of its own. */
const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}`

test.describe('allocation', () => {
  test('a senior allocates an accepted referral, the practitioner sees the case, the school sees it accepted', async ({
    browser,
    request,
  }) => {
    test.slow() // three users, a dozen pages, each with an axe check
    const firstName = unique('Ava')
    const childName = `${firstName} Example`
    const referral = await submitReferralAsSenco1(request, { firstName, lastName: 'Example' })

    // The panel accepts the referral.
    const senior = await signInAs(browser, 'senior1', 'Helen Moore')
    const triage = new TriagePages(senior)
    await triage.openListFromHome()
    await triage.scheduleMeeting({
      date: nextWeek(),
      area: 'Pontefract',
      attendee: { name: 'Chris Green', agency: 'CAMHS' },
    })
    await triage.submitSchedule()
    await expect(triage.successBanner()).toContainText('Meeting scheduled')
    await triage.openRecordDecision(childName)
    await triage.chooseDecision('Accept')
    await triage.recordDecision('SEMH needs; the school’s graduated approach has not been enough.')
    await expect(triage.successBanner()).toContainText('Decision recorded: Accepted for intensive family support')

    // It waits in the queue with the reason for its position.
    const allocation = new AllocationPages(senior)
    await allocation.openQueueFromHome()
    const waiting = allocation.row(childName)
    await expect(waiting).toContainText(referral.reference)
    await expect(waiting).toContainText('Northgate Primary School')
    await expect(waiting).toContainText('Pontefract')
    await expect(waiting.getByRole('cell').nth(4)).not.toBeEmpty() // "Why here"
    await expectNoAccessibilityViolations(senior)

    // Priya Shah may be at capacity already: earlier runs on this database gave her cases.
    await allocation.openAllocate(childName)
    await expect(senior.getByText(referral.reference)).toBeVisible()
    const priya = allocation.practitioner('Priya Shah')
    await expect(priya.hint).toContainText(/^Pontefract · \d+ of \d+ cases/)
    const atCapacity = (await priya.hint.textContent())?.includes('At capacity') ?? false
    await expectNoAccessibilityViolations(senior)
    await priya.radio.check()
    if (atCapacity) {
      await expect(allocation.overrideReason()).toBeVisible()
      await expectNoAccessibilityViolations(senior)
      await allocation.overrideReason().fill(OVERRIDE_REASON)
    } else {
      await expect(allocation.overrideReason()).toHaveCount(0)
    }
    await allocation.submitAllocation()

    await allocation.expectCase(childName)
    await expect(allocation.successBanner()).toContainText('Allocated to Priya Shah')
    await expect(allocation.successBanner()).toContainText(/First contact due by \w+day \d{1,2} \w+ \d{4}/)
    await expect(allocation.summaryValue('Practitioner')).toHaveText('Priya Shah')
    await expect(allocation.summaryValue('State')).toHaveText('Allocated')
    await expect(allocation.summaryValue('First contact')).toHaveText(/^Due by \w+day \d{1,2} \w+ \d{4}$/)
    const dueText = (await allocation.summaryValue('First contact').textContent()) ?? ''
    const due = /(\d{1,2} \w+ \d{4})$/.exec(dueText)?.[1]
    expect(due, dueText).toBeDefined()
    if (atCapacity) {
      await expect(allocation.summaryValue('Reason for allocating beyond capacity')).toHaveText(OVERRIDE_REASON)
    }
    await expectNoAccessibilityViolations(senior)

    // Priya's caseload now has the case.
    await allocation.openCaseloadsFromHome()
    await expect(allocation.row('Priya Shah')).toContainText(/\d+ of \d+ cases/)
    await expectNoAccessibilityViolations(senior)
    await allocation.row('Priya Shah').getByRole('link', { name: 'View cases of Priya Shah' }).click()
    await expect(senior.getByRole('heading', { level: 1, name: 'Priya Shah’s cases' })).toBeVisible()
    await expect(allocation.row(childName)).toContainText(due!)
    await expectNoAccessibilityViolations(senior)
    await senior.context().close()

    // The practitioner finds the family in their cases.
    const practitioner = await signInAs(browser, 'practitioner1', 'Priya Shah')
    const cases = new AllocationPages(practitioner)
    await cases.openYourCasesFromHome()
    const mine = cases.row(childName)
    await expect(mine).toContainText(referral.reference)
    await expect(mine).toContainText('Allocated')
    await expect(mine).toContainText(due!)
    await expect(mine.getByText('Overdue')).toHaveCount(0)
    await expectNoAccessibilityViolations(practitioner)
    await cases.openCase(childName)
    await expect(cases.summaryValue('School')).toHaveText('Northgate Primary School')
    await expect(cases.summaryValue('First contact')).toContainText(due!)
    await expect(practitioner.getByRole('link', { name: 'Back to your cases' })).toBeVisible()
    await expectNoAccessibilityViolations(practitioner)
    await practitioner.context().close()

    // The school sees its referral accepted, and nothing of the case.
    const school = await signInAs(browser, 'senco1', 'Sarah Cole')
    const referrals = new ReferralsPages(school)
    await referrals.openListFromHome()
    await referrals.searchFor(firstName)
    await expect(referrals.row(firstName).getByText('Accepted', { exact: true })).toBeVisible()
    await expectNoAccessibilityViolations(school)
    await referrals.openReferral(firstName)
    await expect(referrals.stateTag()).toHaveText('Accepted')
    await expect(school.getByRole('main')).not.toContainText('Priya Shah')
    await expect(school.locator('main a[href^="/cases"]')).toHaveCount(0)
    await expectNoAccessibilityViolations(school)
    await school.context().close()
  })

  test('a practitioner cannot open another practitioner’s case', async ({ browser, request }) => {
    const caseId = await caseOfPractitioner1(request, { firstName: unique('Max'), lastName: 'Example' })

    const other = await signInAs(browser, 'practitioner2', 'Tom Walsh')
    await other.goto(`/cases/${caseId}`)
    await expect(other.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    await expect(other.getByRole('main')).not.toContainText('Priya Shah')
    await expectNoAccessibilityViolations(other)
    await other.context().close()
  })
})
