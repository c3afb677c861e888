import { Link, useSearchParams } from 'react-router'
import { ButtonLink } from '../../../lib/govuk/button-link'
import { Table, type TableColumn } from '../../../lib/govuk/table'
import { PageTitle } from '../../../lib/page-title'
import { useGroups, type GroupFilters } from '../api/get-groups'
import type { GroupSummary } from '../api/types'
import { isHalfTerm, kindName, termName } from '../forms/group-words'
import { groupPaths } from '../paths'
import { GroupsFilter } from './groups-filter'

const TITLE = 'Groups'

const columns: TableColumn<GroupSummary>[] = [
  {
    header: 'Group',
    cell: (group) => (
      <Link className="govuk-link" to={groupPaths.group(group.id)}>
        {group.name}
      </Link>
    ),
  },
  { header: 'Kind', cell: (group) => kindName(group.kind) },
  { header: 'Area', cell: (group) => group.areaName },
  { header: 'Term', cell: (group) => <span className="app-nowrap">{termName(group)}</span> },
  { header: 'Cases', cell: (group) => group.members, numeric: true },
  { header: 'Sessions', cell: (group) => group.sessions, numeric: true },
]

/** The filters in the address; a half term this version does not know is no filter. */
function useFilters(): GroupFilters {
  const [params] = useSearchParams()
  const halfTerm = params.get('halfTerm')
  return {
    schoolYear: params.get('schoolYear') || undefined,
    halfTerm: isHalfTerm(halfTerm) ? halfTerm : undefined,
    areaId: params.get('areaId') || undefined,
  }
}

/** Parents' and children's groups, the latest half term first, by school year, half term and area. */
export function GroupsPage() {
  const filters = useFilters()
  const { data: groups, isPending, isError, error } = useGroups(filters)
  if (isError) throw error
  const filtered = Object.values(filters).some(Boolean)
  return (
    <>
      <PageTitle>{TITLE}</PageTitle>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body">Parents’ groups and children’s groups run in each area every half term.</p>
      <ButtonLink to={groupPaths.setUp}>Set up a group</ButtonLink>
      <GroupsFilter key={JSON.stringify(filters)} filters={filters} />
      {isPending ? (
        <p className="govuk-body">Loading…</p>
      ) : groups.length === 0 ? (
        <p className="govuk-body">
          {filtered ? (
            <>
              No groups match.{' '}
              <Link className="govuk-link" to={groupPaths.list}>
                Clear the filters
              </Link>
            </>
          ) : (
            'No groups have been set up yet.'
          )}
        </p>
      ) : (
        <Table<GroupSummary>
          caption={`${groups.length} ${groups.length === 1 ? 'group' : 'groups'}, the latest half term first`}
          captionSize="s"
          columns={columns}
          rows={groups}
          rowKey={(group) => group.id}
        />
      )}
    </>
  )
}
