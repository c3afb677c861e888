import { Link } from 'react-router'
import { paths } from '../../../config/paths'
import { formatDate } from '../../../lib/dates'
import { ButtonLink } from '../../../lib/govuk/button-link'
import { Table } from '../../../lib/govuk/table'
import { PageTitle } from '../../../lib/page-title'
import { useTriageMeetings } from '../api/get-triage-meetings'
import type { TriageMeetingSummary } from '../api/types'

/** The panel meetings, latest first: every one for a senior (who may schedule one), those they attend for a partner. */
export function MeetingsPage({ canSchedule }: { canSchedule: boolean }) {
  const { data: meetings } = useTriageMeetings()
  return (
    <>
      <PageTitle>Triage meetings</PageTitle>
      <h1 className="govuk-heading-l">Triage meetings</h1>
      <p className="govuk-body">
        The Team Around the School panel decides on each referral an area’s schools have submitted.
      </p>
      {canSchedule && <ButtonLink to={paths.newTriageMeeting}>Schedule a meeting</ButtonLink>}
      {meetings.length === 0 ? (
        <p className="govuk-body">
          {canSchedule ? 'No meetings have been scheduled yet.' : 'You are not an attendee of any meeting yet.'}
        </p>
      ) : (
        <Table<TriageMeetingSummary>
          caption={`${meetings.length} ${meetings.length === 1 ? 'meeting' : 'meetings'}`}
          captionSize="s"
          rows={meetings}
          rowKey={(meeting) => meeting.id}
          columns={[
            {
              header: 'Date',
              cell: (meeting) => (
                <Link className="govuk-link" to={paths.triageMeeting(meeting.id)}>
                  {formatDate(meeting.date)}
                  <span className="govuk-visually-hidden">, {meeting.area}</span>
                </Link>
              ),
            },
            { header: 'Area', cell: (meeting) => meeting.area },
            { header: 'Chair', cell: (meeting) => meeting.chair },
          ]}
        />
      )}
    </>
  )
}
