import type { Locator, Page } from '@playwright/test'

const LONDON_DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  timeZone: 'Europe/London',
})

/** Types a day (as it is in the UK) into a GOV.UK date input, the group its legend names. */
export async function fillDate(group: Locator, date: Date): Promise<void> {
  const [day, month, year] = LONDON_DAY.format(date).split('/')
  await group.getByRole('textbox', { name: 'Day' }).fill(day ?? '')
  await group.getByRole('textbox', { name: 'Month' }).fill(month ?? '')
  await group.getByRole('textbox', { name: 'Year' }).fill(year ?? '')
}

/** The value against a key in a GOV.UK summary list on the page, or in a part of it (a summary card). */
export function summaryValue(scope: Page | Locator, key: string): Locator {
  // An inner locator is queried within the row: it must start from the page, not from the scope.
  const page = 'goto' in scope ? scope : scope.page()
  return scope
    .locator('.govuk-summary-list__row')
    .filter({ has: page.getByRole('term').getByText(key, { exact: true }) })
    .locator('.govuk-summary-list__value')
}

/** The green notification banner a page shows after something was saved. */
export function successBanner(page: Page): Locator {
  return page.locator('.govuk-notification-banner--success')
}
