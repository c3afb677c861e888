import { ApiError } from '../api/api-error'
import type { ErrorItem } from '../govuk/error-summary'

export type ServerFieldError = { name: string; message: string }
export type FormProblem = { summary: ErrorItem[]; fields: ServerFieldError[] }

export const SERVICE_PROBLEM = 'Sorry, there is a problem with the service. Nothing has been saved. Try again later.'

/** How a form names the API's fields: the sentence for an error, its input's id and react-hook-form name. */
export type FieldNaming = {
  text: (field: string, message: string) => string
  id: (field: string) => string
  name: (field: string) => string
}

/**
 * What an API failure means for a form on one page: each field error in the summary, linked to its input
 * and shown against it; any other refusal (a 409, a 404) as the problem's own words, or `special`'s.
 */
export function apiProblem(
  error: unknown,
  naming: FieldNaming,
  special: (error: ApiError) => ErrorItem | undefined = () => undefined,
): FormProblem {
  if (!(error instanceof ApiError) || error.status >= 500) {
    return { summary: [{ text: SERVICE_PROBLEM }], fields: [] }
  }
  if (error.fieldErrors.length > 0) {
    const items = error.fieldErrors.map(({ field, message }) => ({
      text: naming.text(field, message),
      href: `#${naming.id(field)}`,
      name: naming.name(field),
    }))
    return {
      summary: inDocumentOrder(items.map(({ text, href }) => ({ text, href }))),
      fields: items.map(({ name, text }) => ({ name, message: text })),
    }
  }
  const item = special(error)
  if (item) return { summary: [item], fields: [] }
  return { summary: [{ text: error.problem?.detail ?? error.problem?.title ?? SERVICE_PROBLEM }], fields: [] }
}

/** Errors in the order their fields appear on the page, as the page reads. */
function inDocumentOrder(items: ErrorItem[]): ErrorItem[] {
  const element = (item: ErrorItem) => (item.href ? document.getElementById(item.href.slice(1)) : null)
  return items
    .map((item, index) => ({ item, index, node: element(item) }))
    .sort((a, b) => {
      if (a.node && b.node) return a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1
      if (a.node || b.node) return a.node ? -1 : 1
      return a.index - b.index
    })
    .map(({ item }) => item)
}
