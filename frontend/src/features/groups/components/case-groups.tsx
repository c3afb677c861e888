import { Link } from 'react-router'
import { Table, type TableColumn } from '../../../lib/govuk/table'
import { useCaseGroups } from '../api/get-case-groups'
import type { CaseGroup } from '../api/types'
import { kindName, termName } from '../forms/group-words'
import { groupPaths } from '../paths'

const columns: TableColumn<CaseGroup>[] = [
  {
    header: 'Group',
    cell: (group) => (
      <Link className="govuk-link" to={groupPaths.group(group.groupId)}>
        {group.name}
      </Link>
    ),
  },
  { header: 'Kind', cell: (group) => kindName(group.kind) },
  { header: 'Term', cell: (group) => <span className="app-nowrap">{termName(group)}</span> },
  {
    header: 'Attended',
    cell: (group) =>
      `${group.sessionsAttended} of ${group.sessionsHeld} ${group.sessionsHeld === 1 ? 'session' : 'sessions'}`,
  },
]

/**
 * On a case's summary, once the case is in a group: each group with its term and the sessions attended. Nothing
 * while they load or cannot be read: the case itself matters more than waiting for them.
 */
export function CaseGroups({ caseId }: { caseId: string }) {
  const { data: groups = [] } = useCaseGroups(caseId)
  if (groups.length === 0) return null
  return (
    <>
      <h2 className="govuk-heading-m">Groups</h2>
      <Table<CaseGroup>
        caption={`In ${groups.length} ${groups.length === 1 ? 'group' : 'groups'}`}
        captionSize="s"
        columns={columns}
        rows={groups}
        rowKey={(group) => group.groupId}
      />
    </>
  )
}
