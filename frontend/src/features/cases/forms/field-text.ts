import { formatDate } from '../../../lib/dates'

/** ISO dates in the API's messages ("before the allocation on 2026-11-24") as the pages write dates. */
export function withDates(message: string): string {
  return message.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (iso) => formatDate(iso))
}

/** A field path of the API (`actions[0].what`) as react-hook-form names it (`actions.0.what`). */
export function formName(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1')
}
