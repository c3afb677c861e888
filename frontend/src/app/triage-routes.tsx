import type { ReactNode } from 'react'
import type { RouteObject } from 'react-router'
import { useMe, type Me } from '../features/me/api/get-me'
import { MeetingPage } from '../features/triage/components/meeting-page'
import { MeetingsPage } from '../features/triage/components/meetings-page'
import { RecordDecisionPage } from '../features/triage/components/record-decision-page'
import { ScheduleMeetingPage } from '../features/triage/components/schedule-meeting-page'
import { PageTitle } from '../lib/page-title'

const isSenior = (me: Me) => me.roles.includes('senior')

/** Seniors run the panel; a partner may read the meetings they attend (the API decides which). */
function Allowed({ when, what, children }: { when: (me: Me) => boolean; what: string; children: ReactNode }) {
  const { data: me } = useMe()
  if (when(me)) return children
  const title = `You cannot ${what}`
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">Only a senior practitioner can {what}.</p>
    </>
  )
}

const canSee = (me: Me) => isSenior(me) || me.roles.includes('partner')

function MeetingsRoute() {
  const { data: me } = useMe()
  return (
    <Allowed when={canSee} what="see triage meetings">
      <MeetingsPage canSchedule={isSenior(me)} />
    </Allowed>
  )
}

function MeetingRoute() {
  const { data: me } = useMe()
  return (
    <Allowed when={canSee} what="see triage meetings">
      <MeetingPage canDecide={isSenior(me)} />
    </Allowed>
  )
}

export const triageRoutes: RouteObject[] = [
  { path: 'triage/meetings', element: <MeetingsRoute /> },
  {
    path: 'triage/meetings/new',
    element: (
      <Allowed when={isSenior} what="schedule a triage meeting">
        <ScheduleMeetingPage />
      </Allowed>
    ),
  },
  { path: 'triage/meetings/:id', element: <MeetingRoute /> },
  {
    path: 'triage/meetings/:id/referrals/:referralId/decision',
    element: (
      <Allowed when={isSenior} what="record the panel’s decisions">
        <RecordDecisionPage />
      </Allowed>
    ),
  },
]
