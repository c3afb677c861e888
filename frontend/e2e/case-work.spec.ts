import { expect, test, type Route } from '@playwright/test'
import { ASSESSMENT_SECTIONS, CasePages } from './pages/case-pages'
import { expectNoAccessibilityViolations } from './support/accessibility'
import { caseOfPractitioner1 } from './support/api'
import { signInAs } from './support/sign-in'

/** The database lives for the whole run (and the run stack's for longer): each run refers a child of its own. */
const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}`

/** What this journey writes in each of the assessment's sections. */
const TEXTS = [
  'Anxious in the mornings and struggles to settle in class.',
  'Jo gives warm, consistent care and wants help with routines.',
  'The family moved in the summer to a smaller flat.',
  'Close to his grandmother; loves football.',
  'School avoidance is growing.',
  'Wants to feel less worried at school.',
  'Wants to be a PE teacher.',
  'Nurture group twice a week since October.',
  'His grandmother can take him to school on hard mornings.',
]

const label = (index: number) => ASSESSMENT_SECTIONS[index]!
const text = (index: number) => TEXTS[index]!

test.describe('case work', () => {
  test('a practitioner records the first contact and writes the assessment without losing it when the session ends', async ({
    browser,
    request,
  }) => {
    test.slow() // a dozen pages, each with an axe check, and a save that waits for the session
    const childName = `${unique('Kai')} Example`
    const [firstName = '', lastName = ''] = childName.split(' ')
    await caseOfPractitioner1(request, { firstName, lastName })

    const page = await signInAs(browser, 'practitioner1', 'Priya Shah')
    const cases = new CasePages(page)
    await cases.openYourCasesFromHome()
    await cases.openCase(childName)
    await expect(cases.summaryValue('State')).toHaveText('Allocated')
    await expect(cases.summaryValue('First contact')).toHaveText(/^Due by \w+day \d{1,2} \w+ \d{4}/)
    await expectNoAccessibilityViolations(page)

    // The first contact: a home visit today.
    await cases.openTab('Contacts')
    await expect(page.getByText('No contacts have been recorded yet.')).toBeVisible()
    await expectNoAccessibilityViolations(page)
    await cases.startContact()
    await expectNoAccessibilityViolations(page)
    await cases.fillContact({
      date: new Date(),
      type: 'Home visit',
      minutes: 75,
      whoSeen: 'Mother and child',
      childSeenAlone: false,
      note: 'Met Jo and the child at home. Agreed to meet the school next week.',
    })
    await cases.submitContact()
    await cases.expectPage('Contacts')
    await expect(cases.successBanner()).toContainText('Contact recorded')
    await expect(cases.successBanner()).toContainText('The case is now active.')
    const visit = cases.contactRow('Home visit')
    await expect(visit).toContainText('1 hour 15 minutes')
    await expect(visit).toContainText('Mother and child')
    await expect(visit).toContainText('Yes, not alone')
    await expect(visit).toContainText('Priya Shah')
    await expectNoAccessibilityViolations(page)

    await cases.openTab('Summary')
    await expect(cases.summaryValue('State')).toHaveText('Active')
    await expect(cases.summaryValue('First contact')).toHaveText(
      /^Made on \d{1,2} \w+ \d{4} – within 5 working days \(\d working days?\)$/,
    )
    await expectNoAccessibilityViolations(page)

    // The assessment saves as it is written, and is there after a reload.
    await cases.openTab('Assessment')
    await expect(cases.saveStatus()).toContainText('Not saved yet')
    await expectNoAccessibilityViolations(page)
    for (const index of [0, 1, 2]) await cases.write(label(index), text(index))
    await cases.expectSaved()
    await page.reload()
    await cases.expectPage('Assessment')
    for (const index of [0, 1, 2]) await expect(cases.section(label(index))).toHaveValue(text(index))
    await cases.expectSaved()

    // The session ends as the practitioner writes: the API answers 401 to the save.
    const expired = (route: Route) =>
      route.request().method() === 'PUT'
        ? route.fulfill({
            status: 401,
            contentType: 'application/problem+json',
            body: JSON.stringify({ type: 'about:blank', title: 'Unauthorized', status: 401 }),
          })
        : route.fallback()
    await page.route('**/api/v1/cases/*/assessment', expired)
    await cases.write(label(3), text(3))
    await expect(cases.saveStatus()).toContainText(
      'Your changes are kept on this device and will be saved when you are signed in again.',
    )
    await expect(cases.saveStatus()).toContainText('Not saved yet')
    await expectNoAccessibilityViolations(page)
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith('teamaround.assessment-draft.'))
        .map((key) => localStorage.getItem(key) ?? ''),
    )
    expect(kept.join()).toContain(text(3))

    // Signed in again, the page opens with the text kept on this device, and saves it.
    await page.unroute('**/api/v1/cases/*/assessment', expired)
    page.once('dialog', (dialog) => void dialog.accept()) // "Leave site?": the changes are not on the server yet
    await page.reload()
    await cases.expectPage('Assessment')
    await expect(cases.section(label(3))).toHaveValue(text(3))
    await expect(cases.section(label(0))).toHaveValue(text(0))
    await cases.expectSaved()
    await page.reload()
    await expect(cases.section(label(3))).toHaveValue(text(3))

    // Every section written, the practitioner completes the assessment.
    for (const index of [4, 5, 6, 7, 8]) await cases.write(label(index), text(index))
    await cases.completeAssessment()
    await expect(page.getByText(/^Completed by Priya Shah on \d{1,2} \w+ \d{4} at \d{1,2}:\d{2}(am|pm)$/)).toBeVisible()
    await expect(cases.successBanner()).toContainText('Assessment completed')
    await expect(page.getByRole('textbox')).toHaveCount(0)
    await expect(page.getByText(text(8))).toBeVisible()
    await expectNoAccessibilityViolations(page)

    await cases.openVersions()
    const versions = page.getByRole('table')
    await expect(versions.getByRole('row').nth(1)).toContainText('Completed')
    await expect(versions.getByRole('row').nth(1)).toContainText('Priya Shah')
    await expect(versions.getByRole('row').last()).toContainText('Draft')
    await expectNoAccessibilityViolations(page)
    await page.context().close()
  })
})
