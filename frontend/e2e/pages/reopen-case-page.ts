import { expect, type Locator, type Page } from '@playwright/test'

/** "Reopen this case" from a closed case's summary, and the case's closures afterwards. */
export class ReopenCasePage {
  private readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  async start(): Promise<void> {
    await this.page.getByRole('button', { name: 'Reopen this case' }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Reopen this case' })).toBeVisible()
  }

  async reopen(reason: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Why are you reopening the case?' }).fill(reason)
    await this.page.getByRole('button', { name: 'Reopen the case' }).click()
  }

  /** The case's closures on its summary, the latest first. */
  closureRows(): Locator {
    return this.page
      .getByRole('table', { name: /^Closed (once|\d+ times), the latest first$/ })
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell') })
  }
}
