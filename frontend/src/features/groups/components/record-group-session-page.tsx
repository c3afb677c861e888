import { Link, useNavigate } from 'react-router'
import { emptyDate, todayInLondon, toDateParts } from '../../../lib/dates'
import { apiProblem } from '../../../lib/forms/api-problem'
import { useApiForm } from '../../../lib/forms/use-api-form'
import { Button } from '../../../lib/govuk/button'
import { Checkboxes } from '../../../lib/govuk/checkboxes'
import { DateInput } from '../../../lib/govuk/date-input'
import { TextInput } from '../../../lib/govuk/input'
import { useRecordGroupSession } from '../api/record-group-session'
import { groupFieldNaming, heldOnCheck, toSessionRequest, type SessionAnswers } from '../forms/group-form'
import { childName } from '../forms/group-words'
import { groupPaths } from '../paths'
import { GroupFormPage } from './group-form-page'
import { useRouteGroup, type GroupPageState } from './group-page'

const TITLE = 'Record a session'

/** "Record a session" of a group: when, its topic, and which of the cases on the register attended. */
export function RecordGroupSessionPage() {
  const group = useRouteGroup()
  const record = useRecordGroupSession(group.id)
  const navigate = useNavigate()
  const { form, summary, onSubmit, errorFor, busy } = useApiForm<SessionAnswers>({
    // A list by default: react-hook-form then answers a list for a lone checkbox too.
    defaultValues: { heldOn: emptyDate, topic: '', attended: [] },
    toProblem: (error) => apiProblem(error, groupFieldNaming),
  })
  const { register } = form
  const today = toDateParts(todayInLondon())

  const submit = onSubmit(async (answers) => {
    await record.mutateAsync(toSessionRequest(answers))
    const attended = answers.attended.length
    const state: GroupPageState = {
      success: {
        heading: 'Session recorded',
        body: `${attended} of ${group.members.length} ${group.members.length === 1 ? 'case' : 'cases'} attended.`,
      },
    }
    await navigate(groupPaths.group(group.id), { state })
  })

  return (
    <GroupFormPage group={group} title={TITLE} errors={summary}>
      <form noValidate onSubmit={submit}>
        <DateInput
          id="heldOn"
          legend="Date of the session"
          legendSize="m"
          hint={`For example, ${today.day} ${today.month} ${today.year}`}
          error={errorFor('heldOn')}
          day={register('heldOn.day', { validate: heldOnCheck })}
          month={register('heldOn.month')}
          year={register('heldOn.year')}
        />
        <TextInput
          id="topic"
          label="Topic (optional)"
          labelSize="m"
          hint="For example, calm mornings and bedtimes"
          autoComplete="off"
          error={errorFor('topic')}
          {...register('topic', { maxLength: { value: 500, message: 'The topic must be 500 characters or fewer' } })}
        />
        {group.members.length === 0 ? (
          <p className="govuk-body">No cases are on the group’s register yet, so nobody can be marked as attending.</p>
        ) : (
          <Checkboxes
            id="attended"
            legend="Who attended?"
            legendSize="m"
            hint="Select everyone on the register who came"
            items={group.members.map((member) => ({
              value: member.caseId,
              label: childName(member),
              hint: `Case ${member.reference}`,
            }))}
            error={errorFor('attended')}
            inputProps={register('attended')}
          />
        )}
        <div className="govuk-button-group">
          <Button type="submit" disabled={busy}>
            Record session
          </Button>
          <Link className="govuk-link" to={groupPaths.group(group.id)}>
            Cancel
          </Link>
        </div>
      </form>
    </GroupFormPage>
  )
}
