import { useFieldArray, type UseFormReturn } from 'react-hook-form'
import { DateInput } from '../../../lib/govuk/date-input'
import { Button } from '../../../lib/govuk/button'
import { Fieldset } from '../../../lib/govuk/field'
import { TextInput } from '../../../lib/govuk/input'
import { Radios, type ChoiceItem } from '../../../lib/govuk/radios'
import { Textarea } from '../../../lib/govuk/textarea'
import { actionCheck, blankAction, OWNERS, STATUSES, type PlanValues } from '../forms/plan-form'

const STATUS_ITEMS: ChoiceItem[] = Object.entries(STATUSES).map(([value, label]) => ({ value, label }))

/** The plan's SMART actions, each what, who (a partner agency by name), by when and where it stands; as rows. */
export function PlanActionRows({
  form,
  errorFor,
}: {
  form: UseFormReturn<PlanValues>
  errorFor: (name: string) => string | undefined
}) {
  const { register, watch } = form
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'actions' })
  return (
    <>
      {fields.length === 0 && <p className="govuk-body">The plan has no actions.</p>}
      {fields.map((field, index) => {
        const name = `actions.${index}` as const
        const id = `actions-${index}`
        return (
          <div key={field.id} className="govuk-!-margin-bottom-6">
            <Fieldset legend={`Action ${index + 1}`} size="m">
              <Textarea
                id={`${id}-what`}
                label="What will be done"
                rows={2}
                spellCheck
                error={errorFor(`${name}.what`)}
                {...register(`${name}.what`, { validate: actionCheck('what', index) })}
              />
              <Radios
                id={`${id}-who`}
                legend="Who will do it"
                legendSize="s"
                small
                error={errorFor(`${name}.who`)}
                selected={watch(`${name}.who`)}
                items={Object.entries(OWNERS).map(([value, label]) => ({
                  value,
                  label,
                  ...(value === 'PARTNER'
                    ? {
                        conditional: (
                          <TextInput
                            id={`${id}-partnerAgency`}
                            label="Which partner agency?"
                            hint="For example, CAMHS or the school nursing team"
                            autoComplete="off"
                            error={errorFor(`${name}.partnerAgency`)}
                            {...register(`${name}.partnerAgency`, { validate: actionCheck('partnerAgency', index) })}
                          />
                        ),
                      }
                    : {}),
                }))}
                inputProps={register(`${name}.who`, { validate: actionCheck('who', index) })}
              />
              <DateInput
                id={`${id}-byWhen`}
                legend="By when"
                legendSize="s"
                hint="For example, 27 3 2027"
                error={errorFor(`${name}.byWhen`)}
                day={register(`${name}.byWhen.day`, { validate: actionCheck('byWhen', index) })}
                month={register(`${name}.byWhen.month`)}
                year={register(`${name}.byWhen.year`)}
              />
              <Radios
                id={`${id}-status`}
                legend="Status"
                legendSize="s"
                inline
                small
                error={errorFor(`${name}.status`)}
                items={STATUS_ITEMS}
                inputProps={register(`${name}.status`, { validate: actionCheck('status', index) })}
              />
            </Fieldset>
            <Button className="govuk-button--secondary" onClick={() => remove(index)}>
              Remove <span className="govuk-visually-hidden">action {index + 1}</span>
            </Button>
          </div>
        )
      })}
      <Button className="govuk-button--secondary" onClick={() => append(blankAction())}>
        {fields.length === 0 ? 'Add an action' : 'Add another action'}
      </Button>
    </>
  )
}
