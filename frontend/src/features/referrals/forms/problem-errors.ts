import { ApiError } from '../../../lib/api/api-error'
import type { ErrorItem } from '../../../lib/govuk/error-summary'
import { paths } from '../../../config/paths'
import { errorText, fieldId } from './field-paths'
import { stepOfField, stepPath, type StepSlug } from './steps'

export type ServerFieldError = { name: string; message: string }

const SERVICE_PROBLEM = 'Sorry, there is a problem with the service. Your answers have not been saved. Try again later.'

/**
 * What an API failure means for a question page: the error summary's items (each field error linked to
 * its input, here or on the page that asks for it) and the field errors to show inline.
 */
export function problemErrors(
  error: unknown,
  referralId: string | undefined,
  step: StepSlug | undefined,
): { summary: ErrorItem[]; fields: ServerFieldError[] } {
  if (!(error instanceof ApiError) || error.status >= 500) {
    return { summary: [{ text: SERVICE_PROBLEM }], fields: [] }
  }
  const problem = error.problem
  if (error.fieldErrors.length > 0) {
    const items = error.fieldErrors.map((fieldError) => {
      const text = errorText(fieldError)
      const owner = stepOfField(fieldError.field)
      const id = fieldId(fieldError.field)
      const here = !referralId || !owner || owner === step
      return { text, href: here ? `#${id}` : `${stepPath(referralId, owner)}#${id}`, field: fieldError.field }
    })
    return {
      summary: inDocumentOrder(items.map(({ text, href }) => ({ text, href }))),
      fields: items.map(({ field, text }) => ({ name: field, message: text })),
    }
  }
  if (error.status === 409 && problem?.currentVersion !== undefined) {
    return {
      summary: [
        {
          text:
            'Someone else changed this referral after you opened this page, so your answers here have not been saved. ' +
            'Check your answers on this page and save them again.',
        },
      ],
      fields: [],
    }
  }
  if (error.status === 409 && referralId) {
    return {
      summary: [
        {
          text: 'This referral can no longer be changed. View the referral to see what has happened to it.',
          href: paths.referral(referralId),
        },
      ],
      fields: [],
    }
  }
  if (error.status === 404) {
    return { summary: [{ text: 'This referral no longer exists or you cannot see it.' }], fields: [] }
  }
  return { summary: [{ text: problem?.detail ?? problem?.title ?? SERVICE_PROBLEM }], fields: [] }
}

/** Same-page errors in the order their fields appear, as the page reads; links to other pages after them. */
function inDocumentOrder(items: ErrorItem[]): ErrorItem[] {
  const element = (item: ErrorItem) => (item.href?.startsWith('#') ? document.getElementById(item.href.slice(1)) : null)
  return items
    .map((item, index) => ({ item, index, node: element(item) }))
    .sort((a, b) => {
      if (a.node && b.node) return a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1
      if (a.node || b.node) return a.node ? -1 : 1
      return a.index - b.index
    })
    .map(({ item }) => item)
}
