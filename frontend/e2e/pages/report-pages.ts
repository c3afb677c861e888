import { expect, type Download, type Locator, type Page } from '@playwright/test'
import { summaryValue } from './govuk'

/** A report's filters as the form names them; dates as YYYY-MM-DD, choices by their words. */
export type ReportFilters = {
  from?: string
  to?: string
  area?: string
  school?: string
  needType?: string
  practitioner?: string
  by?: 'No breakdown' | 'Area' | 'School' | 'Need type' | 'Practitioner' | 'Month'
}

/** "Programme board reports", a report's page (filters, headline figures, charts, CSV) and a figure's records. */
export class ReportPages {
  private readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  async openFromHome(): Promise<void> {
    await this.page.getByRole('banner').getByRole('link', { name: 'TeamAround' }).click()
    await this.page.getByRole('link', { name: 'Reports', exact: true }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Programme board reports' })).toBeVisible()
  }

  /** From the list of reports, one by its title, once its headline figures are in. */
  async openReport(title: string): Promise<void> {
    await this.page.getByRole('link', { name: title, exact: true }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    await expect(this.headlineCards().first()).toBeVisible()
  }

  async filter(filters: ReportFilters): Promise<void> {
    const dates = { from: 'Period from', to: 'Period to' } as const
    for (const [key, label] of Object.entries(dates) as [keyof typeof dates, string][]) {
      const value = filters[key]
      if (value) await this.page.getByLabel(label, { exact: true }).fill(value)
    }
    const choices = {
      area: 'Area',
      school: 'School',
      needType: 'Need type',
      practitioner: 'Practitioner',
      by: 'Break down by',
    } as const
    for (const [key, label] of Object.entries(choices) as [keyof typeof choices, string][]) {
      const value = filters[key]
      if (value) await this.page.getByRole('combobox', { name: label, exact: true }).selectOption({ label: value })
    }
    await this.page.getByRole('button', { name: 'Show the figures' }).click()
  }

  /** The summary cards of headline figures (the caseloads page has one per report). */
  headlineCards(): Locator {
    return this.page.locator('.govuk-summary-card').filter({ hasText: /^Headline figures/ })
  }

  /** A headline figure's value as the page writes it ("87.5%", "12 days", "4 (fewer than 5 children: …)"). */
  headlineValue(label: string, card = this.headlineCards().first()): Locator {
    return summaryValue(card, label)
  }

  async openRecordsOf(label: string, card = this.headlineCards().first()): Promise<void> {
    await card.getByRole('link', { name: `View records for ${label}` }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: label })).toBeVisible()
  }

  /** A chart by the start of its accessible name ("Bar chart of referrals received"), an image to axe. */
  chart(name: RegExp): Locator {
    return this.page.getByRole('img', { name })
  }

  /** The table under a chart: the same numbers, captioned "<chart's caption>: the figures". */
  chartTable(caption: string): Locator {
    return this.page.getByRole('table', { name: `${caption}: the figures` })
  }

  /** The rows of the breakdown ("Referral funnel: one row per school"). */
  breakdownTable(title: string, breakdown: string): Locator {
    return this.page.getByRole('table', { name: `${title}: one row per ${breakdown.toLowerCase()}` })
  }

  /** Saves the report's CSV (`what` is the report's title, for a page with two) and gives the browser's download. */
  async downloadCsv(what?: string): Promise<Download> {
    const name = what ? `Download CSV of ${what}` : /^Download CSV/
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name }).first().click(),
    ])
    return download
  }

  /** On a figure's records: the table of records, the header row left out. */
  recordRows(): Locator {
    const table = this.page.getByRole('table', { name: /^\d+ records?$/ })
    return table.getByRole('row').filter({ has: this.page.getByRole('cell') })
  }

  async backToReport(): Promise<void> {
    await this.page.getByRole('link', { name: /^Back to / }).click()
    await expect(this.headlineCards().first()).toBeVisible()
  }
}
