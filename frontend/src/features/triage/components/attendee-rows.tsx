import { useFieldArray, type Control, type UseFormRegister } from 'react-hook-form'
import { Button } from '../../../lib/govuk/button'
import { Fieldset, Hint } from '../../../lib/govuk/field'
import { TextInput } from '../../../lib/govuk/input'
import type { MeetingAnswers } from './schedule-meeting-page'

/** The people from other agencies at the meeting: a name and an agency each, added and removed as rows. */
export function AttendeeRows({
  control,
  register,
  errorFor,
}: {
  control: Control<MeetingAnswers>
  register: UseFormRegister<MeetingAnswers>
  errorFor: (name: string) => string | undefined
}) {
  const { fields, append, remove } = useFieldArray({ control, name: 'attendees' })
  return (
    <Fieldset legend="Who else attends?" size="m" describedBy="attendees-hint">
      <Hint id="attendees">
        You chair the meeting. Add the people from schools and other agencies, such as CAMHS or Early Help.
      </Hint>
      {fields.map((field, index) => (
        <div className="app-attendee" key={field.id}>
          <Fieldset legend={`Attendee ${index + 1}`} size="s">
            <TextInput
              id={`attendees-${index}-name`}
              label="Name"
              autoComplete="off"
              error={errorFor(`attendees.${index}.name`)}
              {...register(`attendees.${index}.name`)}
            />
            <TextInput
              id={`attendees-${index}-agency`}
              label="Agency"
              hint="For example, CAMHS, Early Help or the school"
              autoComplete="off"
              widthClass="govuk-!-width-two-thirds"
              error={errorFor(`attendees.${index}.agency`)}
              {...register(`attendees.${index}.agency`)}
            />
          </Fieldset>
          <Button className="govuk-button--secondary" onClick={() => remove(index)}>
            Remove <span className="govuk-visually-hidden">attendee {index + 1}</span>
          </Button>
        </div>
      ))}
      <Button className="govuk-button--secondary" onClick={() => append({ name: '', agency: '' })}>
        {fields.length === 0 ? 'Add an attendee' : 'Add another attendee'}
      </Button>
    </Fieldset>
  )
}
