import { useState, type FormEvent } from 'react'
import { get, useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form'
import { clientErrors } from '../../../lib/forms/client-errors'
import type { ErrorItem } from '../../../lib/govuk/error-summary'
import { formName } from './field-paths'
import { problemErrors } from './problem-errors'
import type { StepSlug } from './steps'

/**
 * A question page's form: react-hook-form for the answers, and the GOV.UK error summary's items, which
 * change only when the user saves (their own format mistakes, or the API's field errors through setError).
 */
export function useQuestionForm<T extends FieldValues>(options: {
  defaultValues: DefaultValues<T>
  referralId: string | undefined
  step?: StepSlug
}) {
  const form = useForm<T>({ defaultValues: options.defaultValues, reValidateMode: 'onSubmit', shouldFocusError: false })
  const [summary, setSummary] = useState<ErrorItem[]>([])

  /** The form's onSubmit: checks formats, then runs the save; `submitter` is the value of the button used. */
  const onSubmit =
    (save: (values: T, submitter: string | undefined) => Promise<unknown>) => (event: FormEvent<HTMLFormElement>) => {
      const submitter = ((event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value || undefined
      form.clearErrors()
      return form.handleSubmit(
        async (values) => {
          try {
            await save(values, submitter)
          } catch (error) {
            const { summary: items, fields } = problemErrors(error, options.referralId, options.step)
            fields.forEach((field) =>
              form.setError(formName(field.name) as Path<T>, { type: 'server', message: field.message }),
            )
            setSummary(items)
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
