import { expect, type Locator, type Page } from '@playwright/test'

export class HomePage {
  private readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  async expectSignedInAs(name: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible()
    await expect(this.page).toHaveTitle('Home – TeamAround')
  }

  /** The value against a key in the account summary list. */
  summaryValue(key: string): Locator {
    return this.page
      .locator('.govuk-summary-list__row')
      .filter({ has: this.page.getByRole('term').getByText(key, { exact: true }) })
      .getByRole('definition')
  }

  /** A case's row in "Your next actions". */
  nextAction(childName: string): Locator {
    const table = this.page.getByRole('table', { name: /the soonest due first/ })
    return table.getByRole('row').filter({ hasText: childName })
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('banner').getByRole('link', { name: 'Sign out' }).click()
  }
}
