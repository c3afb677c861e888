import { Link } from 'react-router'
import { paths } from '../../../config/paths'
import { Table } from '../../../lib/govuk/table'
import { PageTitle } from '../../../lib/page-title'
import { isAtCapacity, usePractitioners } from '../api/get-practitioners'
import type { Practitioner } from '../api/types'
import { AtCapacityTag, caseloadText } from './capacity'

const TITLE = 'Practitioners’ caseloads'

/** Each practitioner's open cases against their capacity, with the way to their cases. */
export function PractitionersPage() {
  const { data: practitioners } = usePractitioners()
  return (
    <>
      <PageTitle>{TITLE}</PageTitle>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      {practitioners.length === 0 ? (
        <p className="govuk-body">There are no family practitioners yet.</p>
      ) : (
        <Table<Practitioner>
          caption={`${practitioners.length} ${practitioners.length === 1 ? 'practitioner' : 'practitioners'}`}
          captionSize="s"
          rows={practitioners}
          rowKey={(practitioner) => practitioner.id}
          columns={[
            { header: 'Name', cell: (practitioner) => practitioner.name },
            { header: 'Area', cell: (practitioner) => practitioner.area ?? 'No area' },
            {
              header: 'Open cases',
              cell: (practitioner) => (
                <span className="app-tags">
                  <span className="app-nowrap">{caseloadText(practitioner)}</span>
                  {isAtCapacity(practitioner) && <AtCapacityTag />}
                </span>
              ),
            },
            {
              header: 'Cases',
              cell: (practitioner) => (
                <Link className="govuk-link" to={paths.practitionerCases(practitioner.id)}>
                  View cases <span className="govuk-visually-hidden">of {practitioner.name}</span>
                </Link>
              ),
            },
          ]}
        />
      )}
    </>
  )
}
