import { expect, test } from '@playwright/test'
import { RecordAccessPages, todayInWords } from './pages/record-access-pages'
import { ReferralsPages } from './pages/referrals-pages'
import { expectNoAccessibilityViolations } from './support/accessibility'
import { caseOfPractitioner1, submitReferralAsSenco1 } from './support/api'
import { signInAs } from './support/sign-in'

/** The database lives for the whole run (and the run stack's for longer): each run refers a child of its own. */
const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}`

const LONDON_ISO_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' })

test.describe('who has looked at a child’s record', () => {
  test('a senior follows the link from a referral and finds herself, and the school, in its access', async ({
    browser,
    request,
  }) => {
    const firstName = unique('Ivy')
    await submitReferralAsSenco1(request, { firstName, lastName: 'Example' })

    const senior = await signInAs(browser, 'senior1', 'Helen Moore')
    const access = new RecordAccessPages(senior)
    const referrals = new ReferralsPages(senior)
    await access.openReferralsFromHome()
    await referrals.searchFor(firstName)
    await referrals.openReferral(`${firstName} Example`)
    await access.referralLink().click()
    await access.expectPage()

    const helen = access.person('Helen Moore')
    await expect(helen).toContainText('Senior practitioner')
    await expect(helen).toContainText(/Read (once|twice|\d+ times)/)
    await expect(helen).toContainText(todayInWords())
    await expect(access.person('senco1')).toContainText('School referrer (SENCO)')
    await expect(access.person('senco1')).toContainText('Changed')
    await expect(access.history().getByRole('row').nth(1)).toContainText('Helen Moore')
    await expectNoAccessibilityViolations(senior)

    const today = LONDON_ISO_DAY.format(new Date())
    await access.showDays(today, today)
    await expect(senior).toHaveURL(new RegExp(`[?&]from=${today}&to=${today}`))
    await expect(access.history()).toContainText('Helen Moore')
    await expectNoAccessibilityViolations(senior)
    await senior.context().close()
  })

  test('a senior finds it among a case’s pages; a practitioner and a school do not', async ({ browser, request }) => {
    test.slow() // a case made through the API, then three users
    const firstName = unique('Leo')
    const caseId = await caseOfPractitioner1(request, { firstName, lastName: 'Example' })

    const senior = await signInAs(browser, 'senior1', 'Helen Moore')
    const access = new RecordAccessPages(senior)
    await senior.goto(`/cases/${caseId}`)
    await access.caseTab().click()
    await access.expectPage()
    await expect(access.caseTab()).toHaveAttribute('aria-current', 'page')
    await expect(access.person('Helen Moore')).toBeVisible()
    await expectNoAccessibilityViolations(senior)
    await senior.context().close()

    const practitioner = await signInAs(browser, 'practitioner1', 'Priya Shah')
    await practitioner.goto(`/cases/${caseId}`)
    const caseNavigation = practitioner.getByRole('navigation', { name: 'Case' })
    await expect(caseNavigation.getByRole('link', { name: 'History', exact: true })).toBeVisible()
    await expect(new RecordAccessPages(practitioner).caseTab()).toHaveCount(0)
    await practitioner.goto(`/cases/${caseId}/access`)
    await expect(practitioner.getByRole('heading', { level: 1 })).toHaveText(
      'You cannot see who has looked at a child’s record',
    )
    await practitioner.context().close()

    // A practitioner cannot open referrals at all: the school's referrer is the other reader of a referral's page.
    const school = await signInAs(browser, 'senco1', 'Sarah Cole')
    const referrals = new ReferralsPages(school)
    await referrals.openListFromHome()
    await referrals.searchFor(firstName)
    await referrals.openReferral(`${firstName} Example`)
    await school.waitForLoadState('networkidle')
    await expect(new RecordAccessPages(school).referralLink()).toHaveCount(0)
    await school.context().close()
  })
})
