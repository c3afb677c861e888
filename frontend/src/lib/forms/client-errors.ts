import type { FieldErrors } from 'react-hook-form'
import type { ErrorItem } from '../govuk/error-summary'

/** react-hook-form's errors, in the order of the fields, as error summary items linking to their inputs. */
export function clientErrors(errors: FieldErrors, prefix = ''): ErrorItem[] {
  return Object.entries(errors).flatMap(([key, value]) => {
    if (!value || typeof value !== 'object') return []
    const name = prefix ? `${prefix}.${key}` : key
    const message = (value as { message?: unknown }).message
    if (typeof message === 'string') return [{ text: message, href: `#${name.replaceAll('.', '-')}` }]
    return clientErrors(value as FieldErrors, name)
  })
}
