import { useNavigate } from 'react-router'
import { paths } from '../../../../config/paths'
import { Textarea } from '../../../../lib/govuk/textarea'
import { nextPath, previousPath } from '../../forms/steps'
import { text } from '../../forms/to-update'
import { useQuestionForm } from '../../forms/use-question-form'
import { useRouteReferral } from '../../hooks/use-route-referral'
import { useSaveAnswers } from '../../hooks/use-save-answers'
import { QuestionPage, SAVE_AND_COME_BACK } from './question-page'

/** What the school has already done, in the graduated approach's terms (assess, plan, do, review). */
export function SchoolActionsPage() {
  const referral = useRouteReferral()
  const save = useSaveAnswers(referral)
  const navigate = useNavigate()
  const { form, summary, onSubmit, errorFor, busy } = useQuestionForm<{ schoolActions: string }>({
    referralId: referral.id,
    step: 'school-actions',
    defaultValues: { schoolActions: referral.schoolActions ?? '' },
  })

  const submit = onSubmit(async ({ schoolActions }, submitter) => {
    const saved = await save({ schoolActions: text(schoolActions) })
    await navigate(submitter === SAVE_AND_COME_BACK ? paths.referral(saved.id) : nextPath(saved.id, 'school-actions'))
  })

  return (
    <QuestionPage
      title="What has the school already done?"
      back={previousPath(referral.id, 'school-actions')}
      summary={summary}
      referral={referral}
      step="school-actions"
      busy={busy}
      onSubmit={submit}
    >
      <Textarea
        id="schoolActions"
        label="What has the school already done?"
        labelSize="l"
        isPageHeading
        hint="How you assessed the child’s needs, what support you planned and put in place, and what you found when you reviewed it."
        rows={10}
        error={errorFor('schoolActions')}
        {...form.register('schoolActions')}
      />
    </QuestionPage>
  )
}
