import { useNavigate } from 'react-router'
import { paths } from '../../../../config/paths'
import { Checkboxes } from '../../../../lib/govuk/checkboxes'
import { Textarea } from '../../../../lib/govuk/textarea'
import { useNeedTags } from '../../api/get-need-tags'
import { nextPath, previousPath, stepPath } from '../../forms/steps'
import { text } from '../../forms/to-update'
import { useQuestionForm } from '../../forms/use-question-form'
import { useRouteReferral } from '../../hooks/use-route-referral'
import { useSaveAnswers } from '../../hooks/use-save-answers'
import { QuestionPage, SAVE_AND_COME_BACK } from './question-page'

type NeedsAnswers = { needs: { tags: string[]; description: string }; safeguardingConcern: boolean }

/**
 * The child's presenting needs, and the question that interrupts the journey: an immediate safeguarding
 * concern goes to the interruption page, which sends the referrer to the social care duty team first.
 */
export function NeedsPage() {
  const referral = useRouteReferral()
  const { data: needTags } = useNeedTags()
  const save = useSaveAnswers(referral)
  const navigate = useNavigate()
  const { form, summary, onSubmit, errorFor, busy } = useQuestionForm<NeedsAnswers>({
    referralId: referral.id,
    step: 'needs',
    defaultValues: {
      needs: { tags: referral.needs?.tags ?? [], description: referral.needs?.description ?? '' },
      safeguardingConcern: referral.safeguardingConcern ?? false,
    },
  })
  const { register } = form

  const submit = onSubmit(async ({ needs, safeguardingConcern }, submitter) => {
    const saved = await save({ needs: { tags: needs.tags, description: text(needs.description) }, safeguardingConcern })
    if (safeguardingConcern) await navigate(stepPath(saved.id, 'safeguarding'))
    else await navigate(submitter === SAVE_AND_COME_BACK ? paths.referral(saved.id) : nextPath(saved.id, 'needs'))
  })

  return (
    <QuestionPage
      title="The child’s needs"
      back={previousPath(referral.id, 'needs')}
      summary={summary}
      referral={referral}
      step="needs"
      busy={busy}
      onSubmit={submit}
    >
      <h1 className="govuk-heading-l">The child’s needs</h1>
      <Checkboxes
        id="needs-tags"
        legend="What needs does the child or family have?"
        legendSize="m"
        hint="Select all that apply."
        items={needTags.map((tag) => ({ value: tag.code, label: tag.label }))}
        error={errorFor('needs.tags')}
        inputProps={register('needs.tags')}
      />
      <Textarea
        id="needs-description"
        label="Describe the needs"
        labelSize="m"
        hint="What you and the family have noticed, how long it has been happening, and what it means for the child at home and at school."
        rows={8}
        error={errorFor('needs.description')}
        {...register('needs.description')}
      />
      <Checkboxes
        id="safeguardingConcern"
        legend="Safeguarding"
        legendSize="m"
        items={[
          {
            label: 'I have an immediate safeguarding concern about this child',
            hint: 'For example, you think the child is at risk of significant harm now.',
          },
        ]}
        error={errorFor('safeguardingConcern')}
        inputProps={register('safeguardingConcern')}
      />
    </QuestionPage>
  )
}
