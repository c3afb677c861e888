import { Link } from 'react-router'
import type { TableColumn } from '../../../lib/govuk/table'
import { usePlanVersions } from '../api/get-plan-versions'
import type { RecordVersion } from '../api/types'
import { isRecord } from '../forms/device-copy'
import { casePaths } from '../paths'
import { CaseFrame, useRouteCase } from './case-frame'
import { VersionsTable } from './versions-table'

const count = (items: unknown, one: string, many: string) => {
  const number = Array.isArray(items) ? items.length : 0
  return `${number} ${number === 1 ? one : many}`
}

/** What a version of the plan held: "2 actions, 1 intervention". */
function held(version: RecordVersion): string {
  const content = isRecord(version.content) ? version.content : {}
  return `${count(content['actions'], 'action', 'actions')}, ${count(content['interventions'], 'intervention', 'interventions')}`
}

const columns: TableColumn<RecordVersion>[] = [{ header: 'Plan', cell: held }]

/** Every version of the plan that was saved, latest first: who changed the plan when. */
export function PlanVersionsPage() {
  const found = useRouteCase()
  const { data: versions } = usePlanVersions(found.id)
  return (
    <CaseFrame found={found} tab="plan" onTabPage={false} title="Versions of the plan">
      <h2 className="govuk-heading-m">Versions of the plan</h2>
      {versions.length === 0 ? (
        <p className="govuk-body">The plan has not been saved yet.</p>
      ) : (
        <VersionsTable versions={versions} columns={columns} />
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to={casePaths.plan(found.id)}>
          Back to the plan
        </Link>
      </p>
    </CaseFrame>
  )
}
