import { useLocation, useParams } from 'react-router'
import { formatDate } from '../../../lib/dates'
import { BackLink } from '../../../lib/govuk/back-link'
import { ButtonLink } from '../../../lib/govuk/button-link'
import { NotificationBanner } from '../../../lib/govuk/notification-banner'
import { SummaryList } from '../../../lib/govuk/summary-list'
import { Table, type TableColumn } from '../../../lib/govuk/table'
import { PageTitle } from '../../../lib/page-title'
import { useGroup } from '../api/get-group'
import type { Group, GroupMember, GroupSession } from '../api/types'
import { childName, kindName, termName } from '../forms/group-words'
import { groupPaths } from '../paths'

/** Where a page leaves a one-off success message for the group page it goes to (after adding a case…). */
export type GroupPageState = { success?: { heading: string; body?: string } }

/** The group named by the route's `:id`; a 404 reaches the route's error page. */
export function useRouteGroup(): Group {
  const { id = '' } = useParams()
  return useGroup(id).data
}

/**
 * A group: its area and half term, its register (each case with the sessions it attended) and its sessions, the
 * latest first, with who attended; and the ways to add a case and to record a session.
 */
export function GroupPage() {
  const group = useRouteGroup()
  const success = (useLocation().state as GroupPageState | null)?.success
  return (
    <>
      <PageTitle>{group.name}</PageTitle>
      <BackLink to={groupPaths.list}>Back to groups</BackLink>
      <div className="govuk-grid-row govuk-!-margin-top-4">
        <div className="govuk-grid-column-two-thirds">
          {success && (
            <NotificationBanner success>
              <h3 className="govuk-notification-banner__heading">{success.heading}</h3>
              {success.body && <p className="govuk-body">{success.body}</p>}
            </NotificationBanner>
          )}
          <span className="govuk-caption-l">{kindName(group.kind)}</span>
          <h1 className="govuk-heading-l">{group.name}</h1>
          <SummaryList
            rows={[
              { key: 'Area', value: group.areaName },
              { key: 'Term', value: termName(group) },
              { key: 'Set up by', value: group.createdByName },
            ]}
          />
          <div className="govuk-button-group">
            <ButtonLink to={groupPaths.addCase(group.id)} variant="secondary">
              Add a case
            </ButtonLink>
            <ButtonLink to={groupPaths.recordSession(group.id)} variant="secondary">
              Record a session
            </ButtonLink>
          </div>
        </div>
      </div>
      <Register group={group} />
      <Sessions group={group} />
    </>
  )
}

function Register({ group }: { group: Group }) {
  const held = group.sessions.length
  const columns: TableColumn<GroupMember>[] = [
    { header: 'Child', cell: childName },
    { header: 'Reference', cell: (member) => <span className="app-nowrap">{member.reference}</span> },
    { header: 'Practitioner', cell: (member) => member.practitionerName },
    { header: 'Sessions attended', cell: (member) => `${member.attended} of ${held}` },
  ]
  return (
    <>
      <h2 className="govuk-heading-m">Register</h2>
      {group.members.length === 0 ? (
        <p className="govuk-body">No cases have been added to the group yet.</p>
      ) : (
        <Table<GroupMember>
          caption={`${group.members.length} ${group.members.length === 1 ? 'case' : 'cases'}`}
          captionSize="s"
          columns={columns}
          rows={group.members}
          rowKey={(member) => member.caseId}
        />
      )}
    </>
  )
}

function Sessions({ group }: { group: Group }) {
  const attendees = (session: GroupSession) =>
    group.members.filter((member) => session.attended.includes(member.caseId))
  const columns: TableColumn<GroupSession>[] = [
    { header: 'Date', cell: (session) => <span className="app-nowrap">{formatDate(session.heldOn)}</span> },
    { header: 'Topic', cell: (session) => session.topic ?? 'No topic recorded' },
    {
      header: 'Attended',
      cell: (session) =>
        session.attended.length === 0 ? (
          'Nobody'
        ) : (
          <ul className="govuk-list govuk-!-margin-bottom-0">
            {attendees(session).map((member) => (
              <li key={member.caseId}>{childName(member)}</li>
            ))}
          </ul>
        ),
    },
  ]
  return (
    <>
      <h2 className="govuk-heading-m">Sessions</h2>
      {group.sessions.length === 0 ? (
        <p className="govuk-body">No sessions have been recorded yet.</p>
      ) : (
        <Table<GroupSession>
          caption={`${group.sessions.length} ${group.sessions.length === 1 ? 'session' : 'sessions'}, the latest first`}
          captionSize="s"
          columns={columns}
          rows={group.sessions}
          rowKey={(session) => session.id}
        />
      )}
    </>
  )
}
