import { expect, type Locator, type Page } from '@playwright/test'

const LONDON_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
})

/** Today as the pages write a day in the UK ("24 November 2026"). */
export const todayInWords = () => LONDON_DATE.format(new Date())

/** Who has looked at a child's record: the link from a referral, the case's page, the summary and the history. */
export class RecordAccessPages {
  private readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  /** A senior's list of every school's referrals, from the home page. */
  async openReferralsFromHome(): Promise<void> {
    await this.page.getByRole('banner').getByRole('link', { name: 'TeamAround' }).click()
    await this.page.getByRole('link', { name: 'Referrals', exact: true }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Referrals' })).toBeVisible()
  }

  /** The link on a referral's page (seniors only). */
  referralLink(): Locator {
    return this.page.getByRole('link', { name: 'Who has looked at this record' })
  }

  /** The page among a case's pages (seniors only). */
  caseTab(): Locator {
    return this.page.getByRole('navigation', { name: 'Case' }).getByRole('link', { name: 'Who has looked' })
  }

  async expectPage(): Promise<void> {
    const heading = this.page.getByRole('heading', { level: 2, name: 'Who has looked at this child’s record' })
    await expect(heading).toBeVisible()
    await expect(this.history()).toBeVisible()
  }

  /** A person's row in the summary, by the name (or username) it gives them. */
  person(name: string): Locator {
    return this.page
      .getByRole('table', { name: /^\d+ (person|people)$/ })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) })
  }

  history(): Locator {
    return this.page.getByRole('table', { name: /accesses?, newest first/ })
  }

  async showDays(from: string, to: string): Promise<void> {
    await this.page.getByLabel('Date from').fill(from)
    await this.page.getByLabel('Date to').fill(to)
    await this.page.getByRole('button', { name: 'Apply filters' }).click()
  }
}
