import { Link, useNavigate } from 'react-router'
import { todayInLondon, toDateParts } from '../../../lib/dates'
import { apiProblem } from '../../../lib/forms/api-problem'
import { useApiForm } from '../../../lib/forms/use-api-form'
import { Button } from '../../../lib/govuk/button'
import { DateInput } from '../../../lib/govuk/date-input'
import { TextInput } from '../../../lib/govuk/input'
import { Radios } from '../../../lib/govuk/radios'
import { Textarea } from '../../../lib/govuk/textarea'
import { useRecordContact } from '../api/record-contact'
import type { Case } from '../api/types'
import {
  CONTACT_TYPE_ITEMS,
  contactFieldNaming,
  dateCheck,
  durationCheck,
  NO_ANSWERS,
  toContactRequest,
  YES_NO,
  type ContactAnswers,
} from '../forms/contact-form'
import { casePaths } from '../paths'
import { useRouteCase, type CasePageState } from './case-frame'
import { CaseFormHeading, CaseFormPage, ClosedCase } from './case-form-page'

const TITLE = 'Record a contact'

/** "Record a contact" with the family: when, what kind, how long, who was seen, and a note. */
export function RecordContactPage() {
  const found = useRouteCase()
  return (
    <CaseFormPage back={{ to: casePaths.contacts(found.id), text: 'Back to contacts' }}>
      {found.state === 'CLOSED' ? (
        <ClosedCase
          text="A closed case takes no more contacts."
          back={{ to: casePaths.contacts(found.id), text: 'Go back to the case’s contacts' }}
        />
      ) : (
        <ContactForm found={found} />
      )}
    </CaseFormPage>
  )
}

function ContactForm({ found }: { found: Case }) {
  const record = useRecordContact(found.id)
  const navigate = useNavigate()
  const { form, summary, onSubmit, errorFor, busy } = useApiForm<ContactAnswers>({
    defaultValues: NO_ANSWERS,
    toProblem: (error) => apiProblem(error, contactFieldNaming),
  })
  const { register, watch } = form
  const today = toDateParts(todayInLondon())

  const submit = onSubmit(async (answers) => {
    const first = found.state === 'ALLOCATED'
    await record.mutateAsync(toContactRequest(answers))
    const state: CasePageState = {
      success: { heading: 'Contact recorded', ...(first ? { body: 'The case is now active.' } : {}) },
    }
    await navigate(casePaths.contacts(found.id), { state })
  })

  return (
    <>
      <CaseFormHeading found={found} title={TITLE} errors={summary} />
      <form noValidate onSubmit={submit}>
        <DateInput
          id="date"
          legend="Date of the contact"
          legendSize="s"
          hint={`For example, ${today.day} ${today.month} ${today.year}`}
          error={errorFor('date')}
          day={register('date.day', { validate: dateCheck })}
          month={register('date.month')}
          year={register('date.year')}
        />
        <Radios
          id="type"
          legend="Type of contact"
          legendSize="s"
          items={CONTACT_TYPE_ITEMS}
          error={errorFor('type')}
          inputProps={register('type', { required: 'Select the type of contact' })}
        />
        <TextInput
          id="durationMinutes"
          label="How long did it take?"
          labelSize="s"
          hint="In minutes, for example 45"
          widthClass="govuk-input--width-4"
          inputMode="numeric"
          spellCheck={false}
          autoComplete="off"
          suffix="minutes"
          error={errorFor('durationMinutes')}
          {...register('durationMinutes', { validate: durationCheck })}
        />
        <TextInput
          id="whoSeen"
          label="Who was seen? (optional)"
          labelSize="s"
          hint="For example, mother and child"
          autoComplete="off"
          error={errorFor('whoSeen')}
          {...register('whoSeen', {
            maxLength: { value: 500, message: 'Who was seen must be 500 characters or fewer' },
          })}
        />
        <Radios
          id="childSeen"
          legend="Was the child seen?"
          legendSize="s"
          error={errorFor('childSeen')}
          selected={watch('childSeen')}
          items={[
            {
              ...YES_NO[0]!,
              conditional: (
                <Radios
                  id="childSeenAlone"
                  legend="Was the child seen alone?"
                  legendSize="s"
                  inline
                  error={errorFor('childSeenAlone')}
                  items={YES_NO}
                  inputProps={register('childSeenAlone', {
                    validate: (value, values) =>
                      values.childSeen !== 'yes' || value !== '' || 'Select yes if the child was seen alone',
                  })}
                />
              ),
            },
            YES_NO[1]!,
          ]}
          inputProps={register('childSeen', { required: 'Select yes if the child was seen' })}
        />
        <Textarea
          id="note"
          label="Note"
          labelSize="s"
          hint="What happened, what was talked about and what happens next"
          rows={8}
          error={errorFor('note')}
          {...register('note', {
            validate: (value) => value.trim() !== '' || 'Enter a note of the contact',
            maxLength: { value: 10000, message: 'Note of the contact must be 10,000 characters or fewer' },
          })}
        />
        <div className="govuk-button-group">
          <Button type="submit" disabled={busy}>
            Record contact
          </Button>
          <Link className="govuk-link" to={casePaths.contacts(found.id)}>
            Cancel
          </Link>
        </div>
      </form>
    </>
  )
}
