import { screen } from '@testing-library/react'

/** The value a GOV.UK summary list shows against a key, found through the term's role. */
export function summaryValue(key: string): HTMLElement {
  const term = screen.getAllByRole('term').find((element) => element.textContent === key)
  const value = term?.nextElementSibling
  if (!(value instanceof HTMLElement)) throw new Error(`No summary list row "${key}"`)
  return value
}
