import { useLocation } from 'react-router'
import { paths } from '../../../config/paths'
import { formatDate } from '../../../lib/dates'
import { BackLink } from '../../../lib/govuk/back-link'
import { NotificationBanner } from '../../../lib/govuk/notification-banner'
import { SummaryList } from '../../../lib/govuk/summary-list'
import { PageTitle } from '../../../lib/page-title'
import type { TriageMeeting } from '../api/types'
import { useRouteMeeting } from '../hooks/use-route-meeting'
import { AgendaCard } from './agenda-card'

/** Where a page leaves a one-off success message for the meeting's page (after scheduling it, or a decision). */
export type MeetingPageState = { success?: { heading: string; body?: string } }

export function meetingTitle(meeting: Pick<TriageMeeting, 'area' | 'date'>): string {
  return `${meeting.area} panel, ${formatDate(meeting.date)}`
}

/** A panel meeting: who attends, and its agenda, oldest referral first, with how far the panel has got. */
export function MeetingPage({ canDecide }: { canDecide: boolean }) {
  const meeting = useRouteMeeting()
  const success = (useLocation().state as MeetingPageState | null)?.success
  const decided = meeting.agenda.filter((item) => item.decision).length
  const title = meetingTitle(meeting)

  return (
    <>
      <PageTitle>{title}</PageTitle>
      <BackLink to={paths.triageMeetings}>Back to triage meetings</BackLink>
      <div className="govuk-grid-row govuk-!-margin-top-4">
        <div className="govuk-grid-column-two-thirds">
          {success && (
            <NotificationBanner success>
              <h3 className="govuk-notification-banner__heading">{success.heading}</h3>
              {success.body && <p className="govuk-body">{success.body}</p>}
            </NotificationBanner>
          )}
          <span className="govuk-caption-l">Triage meeting</span>
          <h1 className="govuk-heading-l">{title}</h1>
          <SummaryList
            rows={[
              { key: 'Chair', value: meeting.chair },
              { key: 'Attendees', value: <Attendees meeting={meeting} /> },
            ]}
          />
        </div>
      </div>
      <h2 className="govuk-heading-m">Agenda</h2>
      {meeting.agenda.length === 0 ? (
        <p className="govuk-body">There are no referrals from {meeting.area} waiting for a decision.</p>
      ) : (
        <>
          <p className="govuk-body" id="agenda-progress">
            <strong>
              {decided} of {meeting.agenda.length} decided
            </strong>
          </p>
          {meeting.agenda.map((item) => (
            <AgendaCard key={item.referralId} meetingId={meeting.id} item={item} canDecide={canDecide} />
          ))}
        </>
      )}
    </>
  )
}

function Attendees({ meeting }: { meeting: TriageMeeting }) {
  if (meeting.attendees.length === 0) return <>None recorded</>
  return (
    <ul className="govuk-list">
      {meeting.attendees.map((attendee, index) => (
        <li key={index}>{attendee.agency ? `${attendee.name} (${attendee.agency})` : attendee.name}</li>
      ))}
    </ul>
  )
}
