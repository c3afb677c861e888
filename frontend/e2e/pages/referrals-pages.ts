import { expect, type Locator, type Page } from '@playwright/test'
import { summaryValue } from './govuk'

/** "Your school's referrals", a referral's page and the confirmation after submitting. */
export class ReferralsPages {
  private readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  async openListFromHome(): Promise<void> {
    await this.page.getByRole('banner').getByRole('link', { name: 'TeamAround' }).click()
    await this.page.getByRole('link', { name: 'Your school’s referrals' }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Your school’s referrals' })).toBeVisible()
  }

  async searchFor(name: string): Promise<void> {
    await this.page.getByLabel('Child’s name').fill(name)
    await this.page.getByRole('button', { name: 'Apply filters' }).click()
    await expect(this.page).toHaveURL(/[?&]q=/)
  }

  /** The table row of a referral, found by the child's name. */
  row(childName: string): Locator {
    return this.page.getByRole('row').filter({ hasText: childName })
  }

  async openReferral(childName: string): Promise<void> {
    await this.row(childName)
      .getByRole('link', { name: new RegExp(childName) })
      .click()
    await expect(this.page.getByRole('heading', { level: 1, name: /^Referral TA-\d{4}-\d{6}$/ })).toBeVisible()
  }

  /** The value against a key in the referral page's summary lists (the first list that has that key). */
  summaryValue(key: string): Locator {
    return summaryValue(this.page, key)
      .first()
  }

  stateTag(): Locator {
    return this.page.locator('main .govuk-tag').first()
  }

  async expectConfirmation(): Promise<string> {
    const panel = this.page.locator('.govuk-panel--confirmation')
    await expect(panel.getByRole('heading', { level: 1, name: 'Referral submitted' })).toBeVisible()
    const reference = (await panel.locator('strong').textContent()) ?? ''
    expect(reference).toMatch(/^TA-\d{4}-\d{6}$/)
    return reference
  }
}
