import { Link, useNavigate } from 'react-router'
import { paths } from '../../../config/paths'
import { realDate, toIsoDate, type DateParts } from '../../../lib/dates'
import { apiProblem } from '../../../lib/forms/api-problem'
import { useApiForm } from '../../../lib/forms/use-api-form'
import { BackLink } from '../../../lib/govuk/back-link'
import { Button } from '../../../lib/govuk/button'
import { Checkboxes } from '../../../lib/govuk/checkboxes'
import { DateInput } from '../../../lib/govuk/date-input'
import { ErrorSummary } from '../../../lib/govuk/error-summary'
import { Radios } from '../../../lib/govuk/radios'
import { PageTitle } from '../../../lib/page-title'
import { useCreateTriageMeeting } from '../api/create-triage-meeting'
import { useAreas } from '../api/get-areas'
import { usePartners } from '../api/get-partners'
import type { Area, Partner, TriageAttendee } from '../api/types'
import { triageFieldNaming } from '../forms/field-names'
import { AttendeeRows } from './attendee-rows'
import type { MeetingPageState } from './meeting-page'

export type MeetingAnswers = {
  date: DateParts
  area: string
  partnerIds: string[]
  attendees: { name: string; agency: string }[]
}

const TITLE = 'Schedule a triage meeting'

/** Schedules a panel meeting for an area, chaired by the senior who schedules it. */
export function ScheduleMeetingPage() {
  const { data: areas } = useAreas()
  const { data: partners } = usePartners()
  const create = useCreateTriageMeeting()
  const navigate = useNavigate()
  const { form, summary, onSubmit, errorFor, busy } = useApiForm<MeetingAnswers>({
    defaultValues: { date: { day: '', month: '', year: '' }, area: '', partnerIds: [], attendees: [] },
    toProblem: (error) => apiProblem(error, triageFieldNaming),
  })
  const { register } = form

  const submit = onSubmit(async (answers) => {
    const meeting = await create.mutateAsync({
      date: toIsoDate(answers.date) ?? '',
      area: answers.area,
      attendees: toAttendees(answers, partners),
    })
    const state: MeetingPageState = { success: { heading: 'Meeting scheduled' } }
    await navigate(paths.triageMeeting(meeting.id), { state })
  })

  return (
    <>
      <PageTitle>{summary.length > 0 ? `Error: ${TITLE}` : TITLE}</PageTitle>
      <BackLink to={paths.triageMeetings}>Back to triage meetings</BackLink>
      <div className="govuk-grid-row govuk-!-margin-top-4">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <h1 className="govuk-heading-l">{TITLE}</h1>
          <form noValidate onSubmit={submit}>
            <DateInput
              id="date"
              legend="Date of the meeting"
              legendSize="m"
              hint="For example, 27 11 2026"
              error={errorFor('date')}
              day={register('date.day', {
                validate: {
                  given: (_, { date }) => toIsoDate(date) !== null || 'Enter the date of the meeting',
                  real: realDate<MeetingAnswers>('Date of the meeting', (answers) => answers.date),
                },
              })}
              month={register('date.month')}
              year={register('date.year')}
            />
            <Radios
              id="area"
              legend="Area"
              legendSize="m"
              hint="The panel discusses the referrals from this area’s schools."
              error={errorFor('area')}
              items={areas.map((area) => ({ value: area.name, label: area.name, hint: cadence(area) }))}
              inputProps={register('area', { required: 'Select the area of the meeting' })}
            />
            {partners.length > 0 && (
              <Checkboxes
                id="partnerIds"
                legend="Which partners are invited?"
                legendSize="m"
                hint="An invited partner can open this meeting and its agenda. They cannot record decisions."
                error={errorFor('partnerIds')}
                items={partners.map((partner) => ({ value: partner.id, label: partner.name, hint: partner.agency }))}
                inputProps={register('partnerIds')}
              />
            )}
            <AttendeeRows control={form.control} register={register} errorFor={errorFor} />
            <div className="govuk-button-group">
              <Button type="submit" disabled={busy}>
                Schedule meeting
              </Button>
              <Link className="govuk-link" to={paths.triageMeetings}>
                Cancel
              </Link>
            </div>
          </form>
        </div>
      </div>
    </>
  )
}

/**
 * Each row as the API takes it, in the same order (so that its errors find their row; no agency is none), then
 * the invited partners, named as Keycloak knows them.
 */
function toAttendees({ attendees, partnerIds }: MeetingAnswers, partners: Partner[]): TriageAttendee[] {
  const rows = attendees.map(({ name, agency }) =>
    agency.trim() === '' ? { name: name.trim() } : { name: name.trim(), agency: agency.trim() },
  )
  const invited = partners
    .filter((partner) => partnerIds.includes(partner.id))
    .map(({ id, name, agency }) => (agency ? { name, agency, userId: id } : { name, userId: id }))
  return [...rows, ...invited]
}

const WEEKDAYS: Record<Area['triageCadence']['weekday'], string> = {
  MONDAY: 'Monday',
  TUESDAY: 'Tuesday',
  WEDNESDAY: 'Wednesday',
  THURSDAY: 'Thursday',
  FRIDAY: 'Friday',
}

/** "Meets every 2 weeks on a Friday". */
function cadence({ triageCadence: { everyWeeks, weekday } }: Area): string {
  const every = everyWeeks === 1 ? 'every week' : `every ${everyWeeks} weeks`
  return `Meets ${every} on a ${WEEKDAYS[weekday]}`
}
