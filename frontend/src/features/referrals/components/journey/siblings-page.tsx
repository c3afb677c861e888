import { useFieldArray } from 'react-hook-form'
import { useNavigate } from 'react-router'
import { paths } from '../../../../config/paths'
import { Button } from '../../../../lib/govuk/button'
import { DateInput } from '../../../../lib/govuk/date-input'
import { Fieldset } from '../../../../lib/govuk/field'
import { TextInput } from '../../../../lib/govuk/input'
import { emptyDate, isBlankDate, realDate, toDateParts, toIsoDate, type DateParts } from '../../../../lib/dates'
import { nextPath, previousPath } from '../../forms/steps'
import { text } from '../../forms/to-update'
import { useQuestionForm } from '../../forms/use-question-form'
import { useRouteReferral } from '../../hooks/use-route-referral'
import { useSaveAnswers } from '../../hooks/use-save-answers'
import { QuestionPage, SAVE_AND_COME_BACK } from './question-page'

type SiblingAnswers = { siblings: { firstName: string; lastName: string; dateOfBirth: DateParts }[] }

const blankSibling = () => ({ firstName: '', lastName: '', dateOfBirth: { ...emptyDate } })

/** The child's brothers and sisters: as many as the family has, none included (they count as children supported). */
export function SiblingsPage() {
  const referral = useRouteReferral()
  const save = useSaveAnswers(referral)
  const navigate = useNavigate()
  const { form, summary, onSubmit, errorFor, busy } = useQuestionForm<SiblingAnswers>({
    referralId: referral.id,
    step: 'siblings',
    defaultValues: {
      siblings: (referral.siblings ?? []).map((sibling) => ({
        firstName: sibling.firstName ?? '',
        lastName: sibling.lastName ?? '',
        dateOfBirth: toDateParts(sibling.dateOfBirth),
      })),
    },
  })
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'siblings' })
  const { register } = form

  const submit = onSubmit(async ({ siblings }, submitter) => {
    const saved = await save({
      siblings: siblings
        .filter((sibling) => sibling.firstName.trim() || sibling.lastName.trim() || !isBlankDate(sibling.dateOfBirth))
        .map((sibling) => ({
          firstName: text(sibling.firstName),
          lastName: text(sibling.lastName),
          dateOfBirth: toIsoDate(sibling.dateOfBirth) ?? undefined,
        })),
    })
    await navigate(submitter === SAVE_AND_COME_BACK ? paths.referral(saved.id) : nextPath(saved.id, 'siblings'))
  })

  return (
    <QuestionPage
      title="Brothers and sisters"
      back={previousPath(referral.id, 'siblings')}
      summary={summary}
      referral={referral}
      step="siblings"
      busy={busy}
      onSubmit={submit}
    >
      <h1 className="govuk-heading-l">Brothers and sisters</h1>
      <p className="govuk-body">
        Add the child’s brothers and sisters who live in the family. The service supports the whole family, and counts
        them as children supported.
      </p>
      {fields.length === 0 && <p className="govuk-body">No brothers or sisters added.</p>}
      {fields.map((field, index) => (
        <div key={field.id} className="govuk-!-margin-bottom-6">
          <Fieldset legend={`Brother or sister ${index + 1}`} size="m">
            <TextInput
              id={`siblings-${index}-firstName`}
              label="First name"
              autoComplete="off"
              spellCheck={false}
              error={errorFor(`siblings.${index}.firstName`)}
              {...register(`siblings.${index}.firstName`)}
            />
            <TextInput
              id={`siblings-${index}-lastName`}
              label="Last name"
              autoComplete="off"
              spellCheck={false}
              error={errorFor(`siblings.${index}.lastName`)}
              {...register(`siblings.${index}.lastName`)}
            />
            <DateInput
              id={`siblings-${index}-dateOfBirth`}
              legend="Date of birth"
              legendSize="s"
              hint="For example, 1 6 2019"
              error={errorFor(`siblings.${index}.dateOfBirth`)}
              day={register(`siblings.${index}.dateOfBirth.day`, {
                validate: realDate(
                  `Brother or sister ${index + 1}’s date of birth`,
                  (values: SiblingAnswers) => values.siblings[index]?.dateOfBirth,
                ),
              })}
              month={register(`siblings.${index}.dateOfBirth.month`)}
              year={register(`siblings.${index}.dateOfBirth.year`)}
            />
          </Fieldset>
          <Button className="govuk-button--secondary" onClick={() => remove(index)}>
            Remove<span className="govuk-visually-hidden"> brother or sister {index + 1}</span>
          </Button>
        </div>
      ))}
      <Button className="govuk-button--secondary" onClick={() => append(blankSibling())}>
        {fields.length === 0 ? 'Add a brother or sister' : 'Add another brother or sister'}
      </Button>
    </QuestionPage>
  )
}
