import { useForm } from 'react-hook-form'
import { useNavigate } from 'react-router'
import { apiProblem, type FieldNaming } from '../../../lib/forms/api-problem'
import { sentence } from '../../../lib/forms/error-text'
import { Button } from '../../../lib/govuk/button'
import type { ErrorItem } from '../../../lib/govuk/error-summary'
import { Textarea } from '../../../lib/govuk/textarea'
import { useDecideExtension } from '../api/decide-extension'
import type { Review } from '../api/types'
import { casePaths } from '../paths'
import type { CasePageState } from './case-frame'

const MAX_NOTE_LENGTH = 2000

/**
 * A senior's word on a review's extension: agree or refuse, with a note for the practitioner. Errors go to the
 * page's error summary (`onErrors`); the page says what was decided.
 */
export function ExtensionDecision({
  caseId,
  review,
  onErrors,
}: {
  caseId: string
  review: Review
  onErrors: (errors: ErrorItem[]) => void
}) {
  const decide = useDecideExtension(caseId, review.id)
  const navigate = useNavigate()
  const form = useForm<{ note: string }>({ defaultValues: { note: '' }, shouldFocusError: false })
  const id = `extension-note-${review.id}`
  const naming: FieldNaming = { text: (_, message) => sentence('The note', message), id: () => id, name: () => 'note' }

  const decideWith = (agreed: boolean) =>
    form.handleSubmit(
      async ({ note }) => {
        try {
          await decide.mutateAsync({ agreed, ...(note.trim() === '' ? {} : { note: note.trim() }) })
        } catch (error) {
          const problem = apiProblem(error, naming)
          problem.fields.forEach((field) => form.setError('note', { type: 'server', message: field.message }))
          onErrors(problem.summary)
          return
        }
        onErrors([])
        const state: CasePageState = { success: { heading: agreed ? 'Extension agreed' : 'Extension refused' } }
        await navigate(casePaths.reviews(caseId), { replace: true, state })
      },
      (errors) => onErrors([{ text: errors.note?.message ?? '', href: `#${id}` }]),
    )

  return (
    <form noValidate onSubmit={(event) => event.preventDefault()}>
      <Textarea
        id={id}
        label="Note for the practitioner (optional)"
        labelSize="s"
        hint="Why the support is extended, or why not"
        rows={3}
        error={form.formState.errors.note?.message}
        {...form.register('note', {
          maxLength: { value: MAX_NOTE_LENGTH, message: 'The note must be 2,000 characters or fewer' },
        })}
      />
      <div className="govuk-button-group">
        <Button disabled={form.formState.isSubmitting} onClick={decideWith(true)}>
          Agree extension
        </Button>
        <Button className="govuk-button--warning" disabled={form.formState.isSubmitting} onClick={decideWith(false)}>
          Refuse extension
        </Button>
      </div>
    </form>
  )
}
