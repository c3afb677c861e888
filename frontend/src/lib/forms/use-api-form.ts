import { useState, type FormEvent } from 'react'
import { get, useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form'
import type { ErrorItem } from '../govuk/error-summary'
import type { FormProblem } from './api-problem'
import { clientErrors } from './client-errors'

/**
 * A form that saves through the API: react-hook-form for the answers and the GOV.UK error summary's items,
 * which change only when the user saves (their own format mistakes, or the API's refusal as `toProblem` reads it).
 */
export function useApiForm<T extends FieldValues>(options: {
  defaultValues: DefaultValues<T>
  toProblem: (error: unknown) => FormProblem
}) {
  const form = useForm<T>({ defaultValues: options.defaultValues, reValidateMode: 'onSubmit', shouldFocusError: false })
  const [summary, setSummary] = useState<ErrorItem[]>([])

  /** The form's onSubmit: checks formats, then runs the save. */
  const onSubmit = (save: (values: T) => Promise<unknown>) => (event: FormEvent<HTMLFormElement>) => {
    form.clearErrors()
    return form.handleSubmit(
      async (values) => {
        try {
          await save(values)
        } catch (error) {
          const problem = options.toProblem(error)
          problem.fields.forEach((field) =>
            form.setError(field.name as Path<T>, { type: 'server', message: field.message }),
          )
          setSummary(problem.summary)
        }
      },
      (errors) => setSummary(clientErrors(errors)),
    )(event)
  }

  /** The inline error for a field (for a date: its own error, or the one on its day). */
  const errorFor = (name: string): string | undefined => {
    const errors = form.formState.errors
    const message = (get(errors, name) as { message?: unknown } | undefined)?.message
    const dayMessage = (get(errors, `${name}.day`) as { message?: unknown } | undefined)?.message
    return typeof message === 'string' ? message : typeof dayMessage === 'string' ? dayMessage : undefined
  }

  return { form, summary, onSubmit, errorFor, busy: form.formState.isSubmitting }
}
