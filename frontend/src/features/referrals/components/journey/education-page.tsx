import { useNavigate } from 'react-router'
import { paths } from '../../../../config/paths'
import { TextInput } from '../../../../lib/govuk/input'
import { Radios } from '../../../../lib/govuk/radios'
import { YES_NO } from '../../forms/choices'
import { nextPath, previousPath } from '../../forms/steps'
import { yesNo, yesNoValue } from '../../forms/to-update'
import { useQuestionForm } from '../../forms/use-question-form'
import { useRouteReferral } from '../../hooks/use-route-referral'
import { useSaveAnswers } from '../../hooks/use-save-answers'
import { QuestionPage, SAVE_AND_COME_BACK } from './question-page'

type EducationAnswers = {
  education: { attendancePercent: string; suspensionsThisYear: string; atRiskOfExclusion: string }
}

const DECIMAL = /^\d+(\.\d+)?$/
const WHOLE = /^\d+$/

/** How the child's needs show at school: attendance, suspensions and the risk of permanent exclusion. */
export function EducationPage() {
  const referral = useRouteReferral()
  const save = useSaveAnswers(referral)
  const navigate = useNavigate()
  const education = referral.education
  const { form, summary, onSubmit, errorFor, busy } = useQuestionForm<EducationAnswers>({
    referralId: referral.id,
    step: 'education',
    defaultValues: {
      education: {
        attendancePercent: education?.attendancePercent?.toString() ?? '',
        suspensionsThisYear: education?.suspensionsThisYear?.toString() ?? '',
        atRiskOfExclusion: yesNoValue(education?.atRiskOfExclusion),
      },
    },
  })
  const { register } = form

  const submit = onSubmit(async ({ education: answers }, submitter) => {
    const number = (value: string) => (value.trim() === '' ? undefined : Number(value.trim()))
    const saved = await save({
      education: {
        attendancePercent: number(answers.attendancePercent),
        suspensionsThisYear: number(answers.suspensionsThisYear),
        atRiskOfExclusion: yesNo(answers.atRiskOfExclusion),
      },
    })
    await navigate(submitter === SAVE_AND_COME_BACK ? paths.referral(saved.id) : nextPath(saved.id, 'education'))
  })

  return (
    <QuestionPage
      title="Impact on education"
      back={previousPath(referral.id, 'education')}
      summary={summary}
      referral={referral}
      step="education"
      busy={busy}
      onSubmit={submit}
    >
      <h1 className="govuk-heading-l">Impact on education</h1>
      <TextInput
        id="education-attendancePercent"
        label="Attendance last term"
        hint="As a percentage, for example 82.5"
        inputMode="decimal"
        spellCheck={false}
        widthClass="govuk-input--width-5"
        suffix="%"
        error={errorFor('education.attendancePercent')}
        {...register('education.attendancePercent', {
          validate: (value) =>
            value.trim() === '' || DECIMAL.test(value.trim()) || 'Attendance must be a number, like 82.5',
        })}
      />
      <TextInput
        id="education-suspensionsThisYear"
        label="Suspensions this school year"
        hint="The number of suspensions (fixed-term exclusions). Enter 0 if there have been none."
        inputMode="numeric"
        spellCheck={false}
        widthClass="govuk-input--width-3"
        error={errorFor('education.suspensionsThisYear')}
        {...register('education.suspensionsThisYear', {
          validate: (value) =>
            value.trim() === '' || WHOLE.test(value.trim()) || 'Suspensions must be a whole number, like 2',
        })}
      />
      <Radios
        id="education-atRiskOfExclusion"
        legend="Is the child at risk of permanent exclusion?"
        legendSize="s"
        items={YES_NO}
        inline
        error={errorFor('education.atRiskOfExclusion')}
        inputProps={register('education.atRiskOfExclusion')}
      />
    </QuestionPage>
  )
}
