import type { Locator, Page } from '@playwright/test'

/** The value against a key in a GOV.UK summary list on the page. */
export function summaryValue(page: Page, key: string): Locator {
  return page
    .locator('.govuk-summary-list__row')
    .filter({ has: page.getByRole('term').getByText(key, { exact: true }) })
    .locator('.govuk-summary-list__value')
}

/** The green notification banner a page shows after something was saved. */
export function successBanner(page: Page): Locator {
  return page.locator('.govuk-notification-banner--success')
}
