import { expect, type Locator, type Page } from '@playwright/test'
import { successBanner } from './govuk'

export type CsvFile = { name: string; mimeType: string; buffer: Buffer }

/** "Service configuration" and its pages: schools and their import, eligibility rules, areas, history. */
export class AdminPages {
  private readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  /** From the home page's link, or by its address where the home page does not have the link yet. */
  async openFromHome(): Promise<void> {
    const link = this.page.getByRole('link', { name: 'Service configuration', exact: true })
    if ((await link.count()) > 0) await link.click()
    else await this.page.goto('/admin')
    await this.expectHeading('Service configuration')
  }

  async openSection(name: string, heading = name): Promise<void> {
    await this.page.getByRole('main').getByRole('link', { name, exact: true }).click()
    await this.expectHeading(heading)
  }

  async backToConfiguration(): Promise<void> {
    await this.page.getByRole('link', { name: 'Back to service configuration' }).click()
    await this.expectHeading('Service configuration')
  }

  async expectHeading(name: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible()
  }

  async importSchools(file: CsvFile): Promise<void> {
    await this.page.getByLabel('Upload a schools file').setInputFiles(file)
    await this.page.getByRole('button', { name: 'Import schools' }).click()
  }

  errorSummary(): Locator {
    return this.page.locator('.govuk-error-summary')
  }

  successBanner(): Locator {
    return successBanner(this.page)
  }

  /** The row of the problems table for a line of the file. */
  importProblem(line: number): Locator {
    return this.page
      .getByRole('table', { name: /problems? to fix$/ })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: String(line), exact: true }) })
  }

  /** A school's row in the schools table, looked for page by page (the table is by name, 50 a page). */
  async schoolRow(urn: string): Promise<Locator> {
    const row = () => this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: urn }) })
    await expect(this.page.getByRole('table', { name: /schools?(, page \d+ of \d+)?$/ })).toBeVisible()
    for (;;) {
      if ((await row().count()) > 0) return row()
      const next = this.page.getByRole('link', { name: /^Next\s*page$/ })
      if ((await next.count()) === 0) return row()
      const caption = await this.page.locator('caption').last().textContent()
      await next.click()
      await expect(this.page.locator('caption').last()).not.toHaveText(caption ?? '')
    }
  }

  /** A rule's or an area's summary card, by its title. */
  card(title: string): Locator {
    return this.page
      .locator('.govuk-summary-card')
      .filter({ has: this.page.getByRole('heading', { level: 2, name: title, exact: true }) })
  }

  async isRuleChecked(label: string): Promise<boolean> {
    return (await this.card(label).locator('.govuk-tag').textContent()) === 'Checked at triage'
  }

  /** Opens a rule's change page and answers "Check this rule at triage?". */
  async setRuleChecked(label: string, checked: boolean): Promise<void> {
    await this.card(label).getByRole('link', { name: `Change the rule: ${label}` }).click()
    await this.expectHeading(label)
    await this.page
      .getByRole('group', { name: 'Check this rule at triage?' })
      .getByLabel(checked ? 'Yes' : 'No', { exact: true })
      .check()
  }

  async saveRule(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save rule' }).click()
    await this.expectHeading('Eligibility rules')
  }

  /** The history's rows for one record (as the table names it, e.g. "School 912345"), newest first. */
  changesOf(record: string): Locator {
    return this.page
      .getByRole('table', { name: /changes?(, page \d+ of \d+)?$/ })
      .getByRole('row')
      .filter({ hasText: record })
  }
}
