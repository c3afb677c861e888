import { useNavigate } from 'react-router'
import { DateInput } from '../../../../lib/govuk/date-input'
import { TextInput } from '../../../../lib/govuk/input'
import { Radios } from '../../../../lib/govuk/radios'
import { Select } from '../../../../lib/govuk/select'
import { useCreateReferral } from '../../api/create-referral'
import type { Referral, ReferralRequest } from '../../api/types'
import {
  choiceItems,
  GENDERS,
  PRIMARY_NEED_OPTIONS,
  SEN_PROVISIONS,
  YEAR_GROUP_OPTIONS,
  YES_NO,
} from '../../forms/choices'
import { realDate, toDateParts, toIsoDate, type DateParts } from '../../../../lib/dates'
import { text, yesNo, yesNoValue } from '../../forms/to-update'
import { nextPath, previousPath } from '../../forms/steps'
import { useQuestionForm } from '../../forms/use-question-form'
import { useRouteReferral } from '../../hooks/use-route-referral'
import { useSaveAnswers } from '../../hooks/use-save-answers'
import { QuestionPage, SAVE_AND_COME_BACK } from './question-page'
import { paths } from '../../../../config/paths'

type Child = NonNullable<ReferralRequest['child']>
type ChildAnswers = {
  child: Record<
    | 'firstName'
    | 'lastName'
    | 'gender'
    | 'yearGroup'
    | 'upn'
    | 'nhsNumber'
    | 'senProvision'
    | 'primaryNeed'
    | 'hasSupportPlan',
    string
  > & {
    dateOfBirth: DateParts
  }
}

/** The first page of "Refer a child": saving it creates the draft (POST). */
export function NewReferralPage({ schoolUrn }: { schoolUrn: string }) {
  const create = useCreateReferral()
  return <ChildForm referral={undefined} save={(child) => create.mutateAsync({ schoolUrn, child })} />
}

/** The child's page of a draft that exists: saving it updates the draft (PUT). */
export function ChildPage() {
  const referral = useRouteReferral()
  const save = useSaveAnswers(referral)
  return <ChildForm referral={referral} save={(child) => save({ child })} />
}

function ChildForm({ referral, save }: { referral: Referral | undefined; save: (child: Child) => Promise<Referral> }) {
  const navigate = useNavigate()
  const child = referral?.child
  const { form, summary, onSubmit, errorFor, busy } = useQuestionForm<ChildAnswers>({
    referralId: referral?.id,
    step: 'child',
    defaultValues: {
      child: {
        firstName: child?.firstName ?? '',
        lastName: child?.lastName ?? '',
        dateOfBirth: toDateParts(child?.dateOfBirth),
        gender: child?.gender ?? '',
        yearGroup: child?.yearGroup?.toString() ?? '',
        upn: child?.upn ?? '',
        nhsNumber: child?.nhsNumber ?? '',
        senProvision: child?.senProvision ?? '',
        primaryNeed: child?.primaryNeed ?? '',
        hasSupportPlan: yesNoValue(child?.hasSupportPlan),
      },
    },
  })
  const { register } = form
  const submit = onSubmit(async ({ child: answers }, submitter) => {
    const saved = await save({
      firstName: text(answers.firstName),
      lastName: text(answers.lastName),
      dateOfBirth: toIsoDate(answers.dateOfBirth) ?? undefined,
      gender: (answers.gender || undefined) as Child['gender'],
      yearGroup: answers.yearGroup === '' ? undefined : Number(answers.yearGroup),
      upn: text(answers.upn)?.toUpperCase(),
      nhsNumber: text(answers.nhsNumber)?.replace(/\s+/g, ''),
      senProvision: (answers.senProvision || undefined) as Child['senProvision'],
      primaryNeed: (answers.primaryNeed || undefined) as Child['primaryNeed'],
      hasSupportPlan: yesNo(answers.hasSupportPlan),
    })
    await navigate(submitter === SAVE_AND_COME_BACK ? paths.referral(saved.id) : nextPath(saved.id, 'child'))
  })

  return (
    <QuestionPage
      title="About the child"
      back={previousPath(referral?.id, 'child')}
      summary={summary}
      referral={referral}
      step="child"
      busy={busy}
      onSubmit={submit}
    >
      <h1 className="govuk-heading-l">About the child</h1>
      <p className="govuk-body">You can save the referral as a draft on every page and come back to it later.</p>
      <TextInput
        id="child-firstName"
        label="First name"
        autoComplete="off"
        spellCheck={false}
        error={errorFor('child.firstName')}
        {...register('child.firstName')}
      />
      <TextInput
        id="child-lastName"
        label="Last name"
        autoComplete="off"
        spellCheck={false}
        error={errorFor('child.lastName')}
        {...register('child.lastName')}
      />
      <DateInput
        id="child-dateOfBirth"
        legend="Date of birth"
        legendSize="s"
        hint="For example, 14 3 2017"
        error={errorFor('child.dateOfBirth')}
        day={register('child.dateOfBirth.day', {
          validate: realDate('Date of birth', (values: ChildAnswers) => values.child.dateOfBirth),
        })}
        month={register('child.dateOfBirth.month')}
        year={register('child.dateOfBirth.year')}
      />
      <Radios
        id="child-gender"
        legend="Gender"
        legendSize="s"
        items={choiceItems(GENDERS)}
        error={errorFor('child.gender')}
        inputProps={register('child.gender')}
      />
      <Select
        id="child-yearGroup"
        label="Year group"
        options={YEAR_GROUP_OPTIONS}
        error={errorFor('child.yearGroup')}
        {...register('child.yearGroup')}
      />
      <TextInput
        id="child-upn"
        label="Unique Pupil Number (UPN) (optional)"
        hint="13 characters, for example B801200005001"
        widthClass="govuk-input--width-20"
        spellCheck={false}
        autoComplete="off"
        error={errorFor('child.upn')}
        {...register('child.upn')}
      />
      <TextInput
        id="child-nhsNumber"
        label="NHS number (optional)"
        hint="10 digits, for example 943 476 5919"
        widthClass="govuk-input--width-10"
        inputMode="numeric"
        spellCheck={false}
        autoComplete="off"
        error={errorFor('child.nhsNumber')}
        {...register('child.nhsNumber')}
      />
      <Radios
        id="child-senProvision"
        legend="Special educational needs (SEN) provision"
        legendSize="s"
        items={choiceItems(SEN_PROVISIONS)}
        error={errorFor('child.senProvision')}
        inputProps={register('child.senProvision')}
      />
      <Select
        id="child-primaryNeed"
        label="Primary need"
        hint="As recorded in the school census"
        options={PRIMARY_NEED_OPTIONS}
        error={errorFor('child.primaryNeed')}
        {...register('child.primaryNeed')}
      />
      <Radios
        id="child-hasSupportPlan"
        legend="Does the child have a My Support Plan or a one-page profile?"
        legendSize="s"
        items={YES_NO}
        inline
        error={errorFor('child.hasSupportPlan')}
        inputProps={register('child.hasSupportPlan')}
      />
    </QuestionPage>
  )
}
