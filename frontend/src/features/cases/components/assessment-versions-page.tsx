import { Link } from 'react-router'
import type { TableColumn } from '../../../lib/govuk/table'
import { useAssessmentVersions } from '../api/get-assessment-versions'
import type { RecordVersion } from '../api/types'
import { casePaths } from '../paths'
import { CaseFrame, useRouteCase } from './case-frame'
import { VersionsTable } from './versions-table'

const STATES: Record<string, string> = { DRAFT: 'Draft', COMPLETED: 'Completed' }

const columns: TableColumn<RecordVersion>[] = [
  { header: 'State', cell: (version) => (version.state ? (STATES[version.state] ?? version.state) : 'Not known') },
]

/** Every version of the assessment that was saved, latest first: the record of who wrote what when. */
export function AssessmentVersionsPage() {
  const found = useRouteCase()
  const { data: versions } = useAssessmentVersions(found.id)
  return (
    <CaseFrame found={found} tab="assessment" onTabPage={false} title="Versions of the assessment">
      <h2 className="govuk-heading-m">Versions of the assessment</h2>
      {versions.length === 0 ? (
        <p className="govuk-body">The assessment has not been started yet.</p>
      ) : (
        <VersionsTable versions={versions} columns={columns} />
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to={casePaths.assessment(found.id)}>
          Back to the assessment
        </Link>
      </p>
    </CaseFrame>
  )
}
