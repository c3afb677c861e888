import { expect, test, type Browser, type Page } from '@playwright/test'
import { HomePage } from './pages/home-page'
import { KeycloakLoginPage } from './pages/keycloak-login-page'
import { ReferAChildPages } from './pages/refer-a-child-pages'
import { ReferralsPages } from './pages/referrals-pages'
import { expectNoAccessibilityViolations } from './support/accessibility'

/** The test database lives for the whole run: every test refers a child of its own. */
const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}`

async function signIn(page: Page, username: string, name: string): Promise<void> {
  await page.goto('/')
  await new KeycloakLoginPage(page).signIn(username, 'demo')
  await new HomePage(page).expectSignedInAs(name)
}

async function startReferral(page: Page): Promise<ReferAChildPages> {
  await page.getByRole('link', { name: 'Refer a child' }).click()
  return new ReferAChildPages(page)
}

test.describe('referring a child', () => {
  test('a SENCO drafts a referral, leaves, comes back to it through the list, completes and submits it', async ({
    page,
  }) => {
    test.slow() // eleven pages, each with an axe check
    const firstName = unique('Sam')
    const journey = new ReferAChildPages(page)
    const referrals = new ReferralsPages(page)
    await signIn(page, 'senco1', 'Sarah Cole')

    await startReferral(page)
    await journey.fillChild({ firstName, lastName: 'Example', upn: 'B801200005001' })
    await expectNoAccessibilityViolations(page)
    await journey.saveAndContinue()
    await journey.expectQuestionPage('Brothers and sisters')

    // Leave, then come back through "Your school's referrals".
    await referrals.openListFromHome()
    await referrals.searchFor(firstName)
    await expect(referrals.row(firstName).getByText('Draft', { exact: true })).toBeVisible()
    await expectNoAccessibilityViolations(page)
    await referrals.openReferral(firstName)
    await expect(referrals.stateTag()).toHaveText('Draft')
    await expectNoAccessibilityViolations(page)
    await page.getByRole('button', { name: 'Continue editing' }).click()

    await journey.addSibling(unique('Alex'), 'Example')
    await expectNoAccessibilityViolations(page)
    await journey.saveAndContinue()
    await journey.fillCarer('Jo Example')
    await expectNoAccessibilityViolations(page)
    await journey.saveAndContinue()
    await journey.fillNeeds({ safeguardingConcern: false })
    await expectNoAccessibilityViolations(page)
    await journey.saveAndContinue()
    await journey.fillEducation()
    await expectNoAccessibilityViolations(page)
    await journey.saveAndContinue()
    await journey.fillSchoolActions()
    await expectNoAccessibilityViolations(page)
    await journey.saveAndContinue()
    await journey.fillKnownTo()
    await expectNoAccessibilityViolations(page)
    await journey.saveAndContinue()
    await journey.fillConsent('Jo Example')
    await expectNoAccessibilityViolations(page)
    await journey.saveAndContinue()

    await expect(
      page.getByRole('heading', { level: 1, name: 'Check your answers before submitting the referral' }),
    ).toBeVisible()
    await expect(journey.answer('Name')).toHaveText(`${firstName} Example`)
    await expect(journey.answer('Date of birth')).toHaveText('14 March 2017')
    await expect(journey.answer('Unique Pupil Number')).toHaveText('B801200005001')
    await expect(journey.answer('Attendance last term')).toHaveText('82.5%')
    await expect(journey.answer('Given by')).toHaveText('Jo Example')
    await expectNoAccessibilityViolations(page)
    await page.getByRole('button', { name: 'Submit referral' }).click()

    const reference = await referrals.expectConfirmation()
    await expect(page.getByText('Submitted', { exact: true })).toBeVisible()
    await expectNoAccessibilityViolations(page)

    await page.getByRole('link', { name: 'View the referral' }).click()
    await expect(page.getByRole('heading', { level: 1, name: `Referral ${reference}` })).toBeVisible()
    await expect(referrals.stateTag()).toHaveText('Submitted')
    await expect(page.getByRole('table', { name: 'History' }).getByRole('row')).toHaveCount(3)
    await expect(page.getByRole('button', { name: 'Continue editing' })).toHaveCount(0)
    await expectNoAccessibilityViolations(page)
  })

  test('an invalid UPN is shown in the error summary, linked to the UPN field', async ({ page }) => {
    const journey = new ReferAChildPages(page)
    await signIn(page, 'senco1', 'Sarah Cole')

    await startReferral(page)
    await journey.fillChildName({ firstName: unique('Upn'), lastName: 'Example', upn: 'A801200005001' })
    await journey.saveAndContinue()

    const summary = journey.errorSummary()
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible()
    await expect(summary).toBeFocused()
    await expect(page).toHaveTitle(/^Error: About the child/)
    const upnError = summary.getByRole('link', { name: /Unique Pupil Number/ })
    await expect(upnError).toHaveAttribute('href', '#child-upn')
    await expect(page.locator('#child-upn-error')).toBeVisible()
    await expectNoAccessibilityViolations(page)

    await upnError.click()
    await expect(page.getByLabel(/Unique Pupil Number/)).toBeFocused()
  })

  test('an immediate safeguarding concern interrupts the journey', async ({ page }) => {
    const journey = new ReferAChildPages(page)
    await signIn(page, 'senco1', 'Sarah Cole')

    await startReferral(page)
    await journey.fillChildName({ firstName: unique('Safe'), lastName: 'Example' })
    await journey.saveAndContinue()
    await journey.saveAndContinue()
    await journey.fillCarer('Jo Example')
    await journey.saveAndContinue()
    await journey.fillNeeds({ safeguardingConcern: true })
    await journey.saveAndContinue()

    await expect(page.getByRole('heading', { level: 1, name: 'Contact the social care duty team now' })).toBeVisible()
    await expectNoAccessibilityViolations(page)
    await page.getByRole('button', { name: 'I have contacted the duty team, continue' }).click()
    await journey.expectQuestionPage('Impact on education')
  })

  test('another school’s SENCO cannot open the referral', async ({ page, browser }) => {
    const journey = new ReferAChildPages(page)
    await signIn(page, 'senco1', 'Sarah Cole')
    await startReferral(page)
    const firstName = unique('Private')
    await journey.fillChildName({ firstName, lastName: 'Example' })
    await journey.saveAndContinue()
    await journey.expectQuestionPage('Brothers and sisters')
    const referralUrl = new URL(page.url()).pathname.replace(/\/siblings$/, '')

    const otherSchool = await signInElsewhere(browser, 'senco2', 'David Ahmed')
    await otherSchool.goto(referralUrl)
    await expect(otherSchool.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    await expect(otherSchool.getByText(firstName)).toHaveCount(0)
    await expectNoAccessibilityViolations(otherSchool)
    await otherSchool.context().close()
  })
})

/** A second user, in a browser context of their own (their own Keycloak session). */
async function signInElsewhere(browser: Browser, username: string, name: string): Promise<Page> {
  const { baseURL, timezoneId, locale } = test.info().project.use
  const context = await browser.newContext({ baseURL, timezoneId, locale })
  const page = await context.newPage()
  await signIn(page, username, name)
  return page
}
