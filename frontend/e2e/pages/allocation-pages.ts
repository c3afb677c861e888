import { expect, type Locator, type Page } from '@playwright/test'
import { summaryValue, successBanner } from './govuk'

/** "Allocation queue", "Allocate …", "Practitioners’ caseloads", the cases lists and a case's page. */
export class AllocationPages {
  private readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  private async openFromHome(link: string, heading: string): Promise<void> {
    await this.page.getByRole('banner').getByRole('link', { name: 'TeamAround' }).click()
    await this.page.getByRole('link', { name: link, exact: true }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
  }

  async openQueueFromHome(): Promise<void> {
    await this.openFromHome('Allocation queue', 'Allocation queue')
  }

  async openCaseloadsFromHome(): Promise<void> {
    await this.openFromHome('Practitioners’ caseloads', 'Practitioners’ caseloads')
  }

  async openYourCasesFromHome(): Promise<void> {
    await this.openFromHome('Your cases', 'Your cases')
  }

  /** A table row (in the queue, the caseloads or a cases list), found by the name it shows. */
  row(name: string): Locator {
    return this.page.getByRole('row').filter({ hasText: name })
  }

  async openAllocate(childName: string): Promise<void> {
    await this.row(childName).getByRole('link', { name: `Allocate ${childName}` }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: `Allocate ${childName}` })).toBeVisible()
  }

  /** A practitioner's choice on the allocation form, and the hint under it ("Pontefract · 3 of 12 cases"). */
  practitioner(name: string): { radio: Locator; hint: Locator } {
    const group = this.page.getByRole('group', { name: 'Who will be the family’s practitioner?' })
    const item = group.locator('.govuk-radios__item').filter({ has: this.page.getByLabel(name, { exact: true }) })
    return { radio: item.getByRole('radio'), hint: item.locator('.govuk-radios__hint') }
  }

  overrideReason(): Locator {
    return this.page.getByLabel('Why allocate beyond capacity?')
  }

  async submitAllocation(): Promise<void> {
    await this.page.getByRole('button', { name: 'Allocate', exact: true }).click()
  }

  async expectCase(childName: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: childName, exact: true })).toBeVisible()
  }

  async openCase(childName: string): Promise<void> {
    await this.row(childName)
      .getByRole('link', { name: new RegExp(childName) })
      .click()
    await this.expectCase(childName)
  }

  /** The value against a key in the case's summary list. */
  summaryValue(key: string): Locator {
    return summaryValue(this.page, key)
  }

  successBanner(): Locator {
    return successBanner(this.page)
  }
}
