import { useFieldArray } from 'react-hook-form'
import { useNavigate } from 'react-router'
import { paths } from '../../../../config/paths'
import { Button } from '../../../../lib/govuk/button'
import { Checkboxes } from '../../../../lib/govuk/checkboxes'
import { Fieldset } from '../../../../lib/govuk/field'
import { TextInput } from '../../../../lib/govuk/input'
import { nextPath, previousPath } from '../../forms/steps'
import { text } from '../../forms/to-update'
import { useQuestionForm } from '../../forms/use-question-form'
import { useRouteReferral } from '../../hooks/use-route-referral'
import { useSaveAnswers } from '../../hooks/use-save-answers'
import { QuestionPage, SAVE_AND_COME_BACK } from './question-page'

type CarerAnswers = {
  carers: {
    name: string
    relationship: string
    phone: string
    email: string
    preferredLanguage: string
    interpreterNeeded: boolean
  }[]
}

const blankCarer = () => ({
  name: '',
  relationship: '',
  phone: '',
  email: '',
  preferredLanguage: '',
  interpreterNeeded: false,
})

/** The child's parents and carers: who they are, how to reach them, and in which language. */
export function CarersPage() {
  const referral = useRouteReferral()
  const save = useSaveAnswers(referral)
  const navigate = useNavigate()
  const saved = referral.carers ?? []
  const { form, summary, onSubmit, errorFor, busy } = useQuestionForm<CarerAnswers>({
    referralId: referral.id,
    step: 'carers',
    defaultValues: {
      carers:
        saved.length === 0
          ? [blankCarer()]
          : saved.map((carer) => ({
              name: carer.name ?? '',
              relationship: carer.relationship ?? '',
              phone: carer.phone ?? '',
              email: carer.email ?? '',
              preferredLanguage: carer.preferredLanguage ?? '',
              interpreterNeeded: carer.interpreterNeeded ?? false,
            })),
    },
  })
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'carers' })
  const { register } = form

  const submit = onSubmit(async ({ carers }, submitter) => {
    const next = await save({
      carers: carers
        .filter((carer) =>
          [carer.name, carer.relationship, carer.phone, carer.email, carer.preferredLanguage].some((value) =>
            value.trim(),
          ),
        )
        .map((carer) => ({
          name: text(carer.name),
          relationship: text(carer.relationship),
          phone: text(carer.phone),
          email: text(carer.email),
          preferredLanguage: text(carer.preferredLanguage),
          interpreterNeeded: carer.interpreterNeeded,
        })),
    })
    await navigate(submitter === SAVE_AND_COME_BACK ? paths.referral(next.id) : nextPath(next.id, 'carers'))
  })

  return (
    <QuestionPage
      title="Parents and carers"
      back={previousPath(referral.id, 'carers')}
      summary={summary}
      referral={referral}
      step="carers"
      busy={busy}
      onSubmit={submit}
    >
      <h1 className="govuk-heading-l">Parents and carers</h1>
      <p className="govuk-body">Add the parents or carers the family practitioner should contact.</p>
      {fields.map((field, index) => (
        <div key={field.id} className="govuk-!-margin-bottom-6">
          <Fieldset legend={`Parent or carer ${index + 1}`} size="m">
            <TextInput
              id={`carers-${index}-name`}
              label="Full name"
              autoComplete="off"
              spellCheck={false}
              error={errorFor(`carers.${index}.name`)}
              {...register(`carers.${index}.name`)}
            />
            <TextInput
              id={`carers-${index}-relationship`}
              label="Relationship to the child"
              hint="For example, mother, stepfather, grandparent, foster carer"
              widthClass="govuk-!-width-one-half"
              error={errorFor(`carers.${index}.relationship`)}
              {...register(`carers.${index}.relationship`)}
            />
            <TextInput
              id={`carers-${index}-phone`}
              label="Phone number"
              type="tel"
              autoComplete="off"
              widthClass="govuk-input--width-20"
              error={errorFor(`carers.${index}.phone`)}
              {...register(`carers.${index}.phone`)}
            />
            <TextInput
              id={`carers-${index}-email`}
              label="Email address"
              type="email"
              autoComplete="off"
              spellCheck={false}
              error={errorFor(`carers.${index}.email`)}
              {...register(`carers.${index}.email`)}
            />
            <TextInput
              id={`carers-${index}-preferredLanguage`}
              label="Preferred language"
              widthClass="govuk-!-width-one-half"
              error={errorFor(`carers.${index}.preferredLanguage`)}
              {...register(`carers.${index}.preferredLanguage`)}
            />
            <Checkboxes
              id={`carers-${index}-interpreterNeeded`}
              legend="Interpreter"
              legendSize="s"
              small
              items={[{ label: 'An interpreter is needed' }]}
              error={errorFor(`carers.${index}.interpreterNeeded`)}
              inputProps={register(`carers.${index}.interpreterNeeded`)}
            />
          </Fieldset>
          {fields.length > 1 && (
            <Button className="govuk-button--secondary" onClick={() => remove(index)}>
              Remove<span className="govuk-visually-hidden"> parent or carer {index + 1}</span>
            </Button>
          )}
        </div>
      ))}
      <Button className="govuk-button--secondary" onClick={() => append(blankCarer())}>
        Add another parent or carer
      </Button>
    </QuestionPage>
  )
}
