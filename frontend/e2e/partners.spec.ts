import { expect, test } from '@playwright/test'
import { CasePages } from './pages/case-pages'
import { HomePage } from './pages/home-page'
import { PartnerPages } from './pages/partner-pages'
import { expectNoAccessibilityViolations } from './support/accessibility'
import { caseOfPractitioner1 } from './support/api'
import { signInAs } from './support/sign-in'

/** The database lives for the whole run (and the run stack's for longer): each run refers a child of its own. */
const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}`

const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
})

const LONDON_ISO_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' })

/** The day so many days from today (before it, for a negative number). */
function daysFromToday(days: number): Date {
  const date = new Date()
  date.setDate(date.getDate() + days)
  return date
}

test.describe('partners on a case', () => {
  test('a practitioner invites a partner, who reads the case and adds to it until the invitation ends', async ({
    browser,
    request,
  }) => {
    test.slow() // two users, a dozen pages, each with an axe check
    const childName = `${unique('Ola')} Example`
    const [firstName = '', lastName = ''] = childName.split(' ')
    await caseOfPractitioner1(request, { firstName, lastName })
    const until = daysFromToday(14)
    const contributionText = `CAMHS saw ${firstName} at clinic; the anxiety group starts next month.`

    // Priya invites Chris Green of CAMHS for two weeks.
    const practitioner = await signInAs(browser, 'practitioner1', 'Priya Shah')
    const cases = new CasePages(practitioner)
    const partners = new PartnerPages(practitioner)
    await cases.openYourCasesFromHome()
    await cases.openCase(childName)
    await cases.openTab('Partners')
    await expect(practitioner.getByText('No partner has been invited to this case.')).toBeVisible()
    await expectNoAccessibilityViolations(practitioner)
    await partners.startInvitation()
    await expectNoAccessibilityViolations(practitioner)
    await practitioner.getByRole('button', { name: 'Invite', exact: true }).click()
    await expect(practitioner.getByRole('alert')).toContainText(
      'Select whether you are inviting a partner or an agency',
    )
    await expectNoAccessibilityViolations(practitioner)
    await partners.invite({
      partner: 'Chris Green (CAMHS)',
      from: new Date(),
      until,
      note: 'Please add what CAMHS knows of the family.',
    })
    await cases.expectPage('Partners')
    await expect(cases.successBanner()).toContainText('Chris Green (CAMHS) invited')
    const invitation = partners.invitationRow('Chris Green (CAMHS)')
    await expect(invitation).toContainText('Current')
    await expect(invitation).toContainText(LONG_DATE.format(until))
    await expect(invitation).toContainText('Priya Shah')
    await expectNoAccessibilityViolations(practitioner)

    // Chris finds the case on his home page, reads it and adds what CAMHS knows.
    const partner = await signInAs(browser, 'partner1', 'Chris Green')
    const invited = new PartnerPages(partner)
    await expect(invited.invitedCaseRow(childName)).toContainText(LONG_DATE.format(until))
    await expectNoAccessibilityViolations(partner)
    await invited.openInvitedCase(childName)
    await expect(partner.getByRole('heading', { level: 2, name: 'Support plan' })).toBeVisible()
    await expect(partner.getByRole('navigation', { name: 'Case' })).toHaveCount(0)
    for (const name of ['Contacts', 'Assessment', 'Reviews']) {
      await expect(partner.getByRole('link', { name, exact: true })).toHaveCount(0)
    }
    await expectNoAccessibilityViolations(partner)
    const caseAddress = partner.url()
    await invited.addContribution(contributionText)
    await expect(partner.getByRole('alert')).toContainText('Contribution added')
    await expect(invited.contribution(contributionText)).toBeVisible()
    await expectNoAccessibilityViolations(partner)

    // Priya reads it on the case, then ends the invitation.
    await practitioner.reload()
    await cases.expectPage('Partners')
    await expect(partners.contribution(contributionText)).toBeVisible()
    await expect(practitioner.getByRole('heading', { level: 3, name: 'Chris Green, CAMHS' })).toBeVisible()
    await partners.endInvitation('Chris Green (CAMHS)')
    await expect(cases.successBanner()).toContainText('Chris Green (CAMHS) can no longer see this case.')
    await expect(invitation).toContainText('Ended')
    await expect(invitation.getByRole('button')).toHaveCount(0)
    await expectNoAccessibilityViolations(practitioner)

    // Chris can no longer open the case, and it is gone from his home page.
    await partner.goto(caseAddress)
    await expect(partner.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    await expectNoAccessibilityViolations(partner)
    await partner.getByRole('link', { name: 'Go to the TeamAround home page' }).click()
    await new HomePage(partner).expectSignedInAs('Chris Green')
    await expect(partner.getByRole('heading', { level: 2, name: 'Cases you are invited to' })).toBeVisible()
    await expect(partner.getByRole('row').filter({ hasText: childName })).toHaveCount(0)
    await expectNoAccessibilityViolations(partner)
    await partner.context().close()
    await practitioner.context().close()
  })

})

test.describe('what waits on the home page', () => {
  test('a practitioner’s home page leads with their next actions, an overdue first contact in red', async ({
    browser,
    request,
  }) => {
    const childName = `${unique('Tia')} Example`
    const [firstName = '', lastName = ''] = childName.split(' ')
    const caseId = await caseOfPractitioner1(request, { firstName, lastName })

    const page = await signInAs(browser, 'practitioner1', 'Priya Shah')
    const home = new HomePage(page)
    await expect(home.nextAction(childName)).toContainText(/First contact due \d{1,2} \w+ \d{4}/)
    await expect(home.nextAction(childName).getByText('Overdue')).toHaveCount(0)
    await expectNoAccessibilityViolations(page)

    // The server's clock cannot move: the API's answer is made to say what it will say once the day has passed.
    const due = daysFromToday(-3)
    await page.route('**/api/v1/cases', async (route) => {
      const response = await route.fetch()
      const cases = (await response.json()) as { id: string }[]
      const overdue = { firstContactDue: LONDON_ISO_DATE.format(due), firstContactStatus: 'OVERDUE' }
      const json = cases.map((found) => (found.id === caseId ? { ...found, ...overdue } : found))
      await route.fulfill({ response, json })
    })
    await page.reload()
    const row = home.nextAction(childName)
    await expect(row).toContainText(`First contact due ${LONG_DATE.format(due)}`)
    await expect(row.getByText('Overdue', { exact: true })).toHaveClass(/govuk-tag--red/)
    await expectNoAccessibilityViolations(page)

    await row.getByRole('link', { name: new RegExp(childName) }).click()
    await expect(page.getByRole('heading', { level: 1, name: childName, exact: true })).toBeVisible()
    await page.context().close()
  })

  test('a senior opens the service’s overdue reviews from their home page', async ({ browser }) => {
    const page = await signInAs(browser, 'senior1', 'Helen Moore')
    await page.getByRole('link', { name: 'Overdue reviews', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Overdue reviews' })).toBeVisible()
    await expect(page.getByRole('table').or(page.getByText('No reviews are overdue.'))).toBeVisible()
    await expectNoAccessibilityViolations(page)
    await page.context().close()
  })
})
