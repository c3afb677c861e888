import { expect, type Locator, type Page } from '@playwright/test'

/** A state's tab, and what its panel shows: its table (by caption) or, with no records, its empty message. */
const STATES = {
  Due: { caption: /^\d+ records? due for review/, empty: 'No records are due for review.' },
  Held: { caption: /^\d+ records? kept longer/, empty: 'No records are being kept longer.' },
  Erased: { caption: /^\d+ records? erased/, empty: 'No records have been erased.' },
} as const

export type RetentionTab = keyof typeof STATES

/** "Records due for erasure": the records by state, and the check for records due. */
export class RetentionPages {
  private readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  async openFromHome(): Promise<void> {
    await this.page.getByRole('banner').getByRole('link', { name: 'TeamAround' }).click()
    await this.page.getByRole('link', { name: 'Records due for erasure' }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Records due for erasure' })).toBeVisible()
  }

  async checkNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Check for records due now' }).click()
  }

  /** What the check answered: how many records it marked, or that another check was running. */
  checkOutcome(): Locator {
    return this.page.locator('.govuk-notification-banner')
  }

  async openTab(tab: RetentionTab): Promise<void> {
    const link = this.page.getByRole('navigation', { name: 'Records by state' }).getByRole('link', { name: tab })
    await link.click()
    await expect(link).toHaveAttribute('aria-current', 'page')
  }

  /** The tab's records as it shows them, whether or not the service has any in that state. */
  records(tab: RetentionTab): Locator {
    const { caption, empty } = STATES[tab]
    return this.page.getByRole('table', { name: caption }).or(this.page.getByText(empty, { exact: true }))
  }
}
