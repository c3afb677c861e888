import { useNavigate } from 'react-router'
import { paths } from '../../../../config/paths'
import { Checkboxes } from '../../../../lib/govuk/checkboxes'
import { DateInput } from '../../../../lib/govuk/date-input'
import { TextInput } from '../../../../lib/govuk/input'
import { Radios } from '../../../../lib/govuk/radios'
import type { ReferralRequest } from '../../api/types'
import { choiceItems, CONSENT_METHODS } from '../../forms/choices'
import { realDate, toDateParts, toIsoDate, type DateParts } from '../../../../lib/dates'
import { nextPath, previousPath } from '../../forms/steps'
import { text } from '../../forms/to-update'
import { useQuestionForm } from '../../forms/use-question-form'
import { useRouteReferral } from '../../hooks/use-route-referral'
import { useSaveAnswers } from '../../hooks/use-save-answers'
import { QuestionPage, SAVE_AND_COME_BACK } from './question-page'

type ConsentMethod = NonNullable<ReferralRequest['consent']>['method']
type ConsentAnswers = { consent: { givenBy: string; givenOn: DateParts; method: string; informationSharing: boolean } }

/** The parent's or carer's consent to the referral and to sharing information: without it, no submission. */
export function ConsentPage() {
  const referral = useRouteReferral()
  const save = useSaveAnswers(referral)
  const navigate = useNavigate()
  const consent = referral.consent
  const { form, summary, onSubmit, errorFor, busy } = useQuestionForm<ConsentAnswers>({
    referralId: referral.id,
    step: 'consent',
    defaultValues: {
      consent: {
        givenBy: consent?.givenBy ?? '',
        givenOn: toDateParts(consent?.givenOn),
        method: consent?.method ?? '',
        informationSharing: consent?.informationSharing ?? false,
      },
    },
  })
  const { register } = form

  const submit = onSubmit(async ({ consent: answers }, submitter) => {
    const saved = await save({
      consent: {
        givenBy: text(answers.givenBy),
        givenOn: toIsoDate(answers.givenOn) ?? undefined,
        method: (answers.method || undefined) as ConsentMethod,
        informationSharing: answers.informationSharing,
      },
    })
    await navigate(submitter === SAVE_AND_COME_BACK ? paths.referral(saved.id) : nextPath(saved.id, 'consent'))
  })

  return (
    <QuestionPage
      title="Consent"
      back={previousPath(referral.id, 'consent')}
      summary={summary}
      referral={referral}
      step="consent"
      busy={busy}
      onSubmit={submit}
    >
      <h1 className="govuk-heading-l">Consent</h1>
      <p className="govuk-body">
        A parent or carer must agree to this referral, and to the service sharing information about the family with the
        agencies at the triage meeting, before you submit it.
      </p>
      <TextInput
        id="consent-givenBy"
        label="Who gave consent?"
        labelSize="s"
        hint="The parent’s or carer’s full name"
        autoComplete="off"
        spellCheck={false}
        error={errorFor('consent.givenBy')}
        {...register('consent.givenBy')}
      />
      <DateInput
        id="consent-givenOn"
        legend="When did they give it?"
        legendSize="s"
        hint="For example, 20 11 2026"
        error={errorFor('consent.givenOn')}
        day={register('consent.givenOn.day', {
          validate: realDate('The date consent was given', (values: ConsentAnswers) => values.consent.givenOn),
        })}
        month={register('consent.givenOn.month')}
        year={register('consent.givenOn.year')}
      />
      <Radios
        id="consent-method"
        legend="How did they give it?"
        legendSize="s"
        items={choiceItems(CONSENT_METHODS)}
        error={errorFor('consent.method')}
        inputProps={register('consent.method')}
      />
      <Checkboxes
        id="consent-informationSharing"
        legend="Sharing information"
        legendSize="s"
        items={[{ label: 'They agree to the service sharing information about the family with partner agencies' }]}
        error={errorFor('consent.informationSharing')}
        inputProps={register('consent.informationSharing')}
      />
    </QuestionPage>
  )
}
