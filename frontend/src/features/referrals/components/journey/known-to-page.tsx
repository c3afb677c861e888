import { useNavigate } from 'react-router'
import { paths } from '../../../../config/paths'
import { Radios } from '../../../../lib/govuk/radios'
import type { ReferralRequest } from '../../api/types'
import { choiceItems, KNOWN_TO } from '../../forms/choices'
import { nextPath, previousPath } from '../../forms/steps'
import { useQuestionForm } from '../../forms/use-question-form'
import { useRouteReferral } from '../../hooks/use-route-referral'
import { useSaveAnswers } from '../../hooks/use-save-answers'
import { QuestionPage, SAVE_AND_COME_BACK } from './question-page'

type KnownTo = NonNullable<ReferralRequest['knownTo']>
type KnownToAnswers = { knownTo: { earlyHelp: string; socialCare: string } }

/** Whether the family is known to Early Help or Social Care: an eligibility question at triage. */
export function KnownToPage() {
  const referral = useRouteReferral()
  const save = useSaveAnswers(referral)
  const navigate = useNavigate()
  const { form, summary, onSubmit, errorFor, busy } = useQuestionForm<KnownToAnswers>({
    referralId: referral.id,
    step: 'known-to',
    defaultValues: {
      knownTo: { earlyHelp: referral.knownTo?.earlyHelp ?? '', socialCare: referral.knownTo?.socialCare ?? '' },
    },
  })
  const { register } = form

  const submit = onSubmit(async ({ knownTo }, submitter) => {
    const saved = await save({
      knownTo: {
        earlyHelp: (knownTo.earlyHelp || undefined) as KnownTo['earlyHelp'],
        socialCare: (knownTo.socialCare || undefined) as KnownTo['socialCare'],
      },
    })
    await navigate(submitter === SAVE_AND_COME_BACK ? paths.referral(saved.id) : nextPath(saved.id, 'known-to'))
  })

  return (
    <QuestionPage
      title="Early Help and Social Care"
      back={previousPath(referral.id, 'known-to')}
      summary={summary}
      referral={referral}
      step="known-to"
      busy={busy}
      onSubmit={submit}
    >
      <h1 className="govuk-heading-l">Early Help and Social Care</h1>
      <Radios
        id="knownTo-earlyHelp"
        legend="Is the family known to Early Help?"
        legendSize="m"
        hint="An Early Help Assessment, a lead practitioner or a Team Around the Family, now or in the last 12 months."
        items={choiceItems(KNOWN_TO)}
        error={errorFor('knownTo.earlyHelp')}
        inputProps={register('knownTo.earlyHelp')}
      />
      <Radios
        id="knownTo-socialCare"
        legend="Is the family known to Children’s Social Care?"
        legendSize="m"
        hint="A child in need or child protection plan, or an open assessment."
        items={choiceItems(KNOWN_TO)}
        error={errorFor('knownTo.socialCare')}
        inputProps={register('knownTo.socialCare')}
      />
    </QuestionPage>
  )
}
