import { ApiError, type FieldError } from '../../../lib/api/api-error'
import { SERVICE_PROBLEM, type FormProblem } from '../../../lib/forms/api-problem'
import { sentence } from '../../../lib/forms/error-text'

/** One problem the API found in an import file, where it is: a line and, for a cell, its column. */
export type ImportProblem = { line: number | undefined; column: string | undefined; text: string }

/** The API names each problem's place as `line 3, column sen_percent`, or `line 3` for the whole line. */
const PLACE = /^line (\d+)(?:, column (.+))?$/

export function importProblems(errors: FieldError[]): ImportProblem[] {
  return errors.map(({ field, message }) => {
    const place = PLACE.exec(field)
    if (!place) return { line: undefined, column: field, text: sentence(field, message) }
    const [, line, column] = place
    return { line: Number(line), column, text: sentence(column ?? 'This line', message) }
  })
}

const NOT_IMPORTED = 'The file was not imported: nothing has changed.'

export const MAX_FILE_BYTES = 1024 * 1024
export const TOO_LARGE = 'The selected file must be smaller than 1 MB'

/** Why an import failed, as the error summary says it: against the file input, each row's problems listed below. */
export function importProblem(error: unknown): FormProblem {
  const onFile = (text: string): FormProblem => ({
    summary: [{ text, href: '#file' }],
    fields: [{ name: 'file', message: text }],
  })
  if (!(error instanceof ApiError) || error.status >= 500) return { summary: [{ text: SERVICE_PROBLEM }], fields: [] }
  if (error.status === 413) return onFile(TOO_LARGE)
  const count = error.fieldErrors.length
  if (count > 0) {
    return onFile(
      `${NOT_IMPORTED} Fix the ${count === 1 ? 'problem' : `${count} problems`} ` +
        'listed below and upload the file again.',
    )
  }
  const why = error.problem?.detail ?? error.problem?.title ?? ''
  return onFile(`${NOT_IMPORTED} ${why}`.trim())
}
