import type { ReactNode } from 'react'
import type { RouteObject } from 'react-router'
import { AddGroupMemberPage } from '../features/groups/components/add-group-member-page'
import { GroupPage } from '../features/groups/components/group-page'
import { GroupsPage } from '../features/groups/components/groups-page'
import { RecordGroupSessionPage } from '../features/groups/components/record-group-session-page'
import { SetUpGroupPage } from '../features/groups/components/set-up-group-page'
import { useMe, type Me } from '../features/me/api/get-me'
import { Allowed } from './allocation-routes'

const runsGroups = (me: Me) => me.roles.includes('practitioner') || me.roles.includes('senior')

function ForGroups({ children }: { children: ReactNode }) {
  return (
    <Allowed when={runsGroups} what="run groups" who="a family practitioner or a senior practitioner">
      {children}
    </Allowed>
  )
}

/** The cases a senior adds to a group are their own, those with their id; a practitioner's are all they get. */
function AddGroupMemberRoute() {
  const { data: me } = useMe()
  return <AddGroupMemberPage practitionerId={me.roles.includes('senior') ? me.id : undefined} />
}

/** Practitioners and seniors run parents' and children's groups: their registers and sessions' attendance. */
export const groupRoutes: RouteObject[] = [
  { path: 'groups', element: <ForGroups><GroupsPage /></ForGroups> },
  { path: 'groups/new', element: <ForGroups><SetUpGroupPage /></ForGroups> },
  { path: 'groups/:id', element: <ForGroups><GroupPage /></ForGroups> },
  { path: 'groups/:id/members/new', element: <ForGroups><AddGroupMemberRoute /></ForGroups> },
  { path: 'groups/:id/sessions/new', element: <ForGroups><RecordGroupSessionPage /></ForGroups> },
]
