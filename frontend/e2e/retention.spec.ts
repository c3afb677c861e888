import { expect, test } from '@playwright/test'
import { RetentionPages, type RetentionTab } from './pages/retention-pages'
import { expectNoAccessibilityViolations } from './support/accessibility'
import { signInAs } from './support/sign-in'

/**
 * The demo service's children are of school age, so whether any record is past its retention date depends on the
 * day the stack runs: the journey holds for any number of records in each state, and leaves the service's clock be
 * (erasing and keeping a record longer are the SPA's unit tests').
 */
test.describe('retention', () => {
  test('a senior checks for records due for erasure and looks through each state', async ({ browser }) => {
    const page = await signInAs(browser, 'senior1', 'Helen Moore')
    const retention = new RetentionPages(page)
    await retention.openFromHome()
    await expect(retention.records('Due')).toBeVisible()
    await expectNoAccessibilityViolations(page)

    await retention.checkNow()
    await expect(retention.checkOutcome()).toContainText(
      /Check complete.*(No records are|\d+ records? (is|are)) newly due for review\.|Another check for records due was already running/,
    )
    await expect(retention.records('Due')).toBeVisible()
    await expectNoAccessibilityViolations(page)

    for (const tab of ['Held', 'Erased', 'Due'] satisfies RetentionTab[]) {
      await retention.openTab(tab)
      await expect(retention.records(tab)).toBeVisible()
      await expectNoAccessibilityViolations(page)
    }
    await page.context().close()
  })

  test('only a senior reviews records due for erasure', async ({ browser }) => {
    const page = await signInAs(browser, 'practitioner1', 'Priya Shah')
    await expect(page.getByRole('link', { name: 'Records due for erasure' })).toHaveCount(0)
    await page.goto('/retention')
    await expect(
      page.getByRole('heading', { level: 1, name: 'You cannot review records due for erasure' }),
    ).toBeVisible()
    await expectNoAccessibilityViolations(page)
    await page.context().close()
  })
})
