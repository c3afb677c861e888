import { Link } from 'react-router'
import { BackLink } from '../../../lib/govuk/back-link'
import { Table } from '../../../lib/govuk/table'
import { PageTitle } from '../../../lib/page-title'
import { usePractitioners } from '../api/get-practitioners'
import type { Practitioner } from '../api/types'
import { adminPaths } from '../paths'
import { SuccessBanner } from './success-banner'

const TITLE = 'Practitioners'

/** The practitioners with their area, open cases and the capacity the allocation checks against. */
export function PractitionersPage() {
  const { data: practitioners } = usePractitioners()
  return (
    <>
      <PageTitle>{TITLE}</PageTitle>
      <BackLink to={adminPaths.home}>Back to service configuration</BackLink>
      <div className="govuk-grid-row govuk-!-margin-top-4">
        <div className="govuk-grid-column-two-thirds">
          <SuccessBanner />
          <span className="govuk-caption-l">Service configuration</span>
          <h1 className="govuk-heading-l">{TITLE}</h1>
          <p className="govuk-body">
            Practitioners sign in through the council’s sign-in service, where they are added. Here you set the area
            each works in and how many families they can support at once.
          </p>
          {practitioners.length === 0 ? (
            <p className="govuk-body">There are no practitioners in the sign-in service yet.</p>
          ) : (
            <Table<Practitioner>
              caption={`${practitioners.length} ${practitioners.length === 1 ? 'practitioner' : 'practitioners'}`}
              captionSize="s"
              rows={practitioners}
              rowKey={(practitioner) => practitioner.id}
              columns={[
                { header: 'Name', cell: (practitioner) => practitioner.name },
                { header: 'Area', cell: (practitioner) => practitioner.area ?? 'None' },
                { header: 'Open cases', cell: (practitioner) => practitioner.caseload, numeric: true },
                { header: 'Capacity', cell: (practitioner) => practitioner.capacity, numeric: true },
                {
                  header: 'Action',
                  cell: (practitioner) => (
                    <Link className="govuk-link" to={adminPaths.practitioner(practitioner.id)}>
                      Change <span className="govuk-visually-hidden">{practitioner.name}’s area and capacity</span>
                    </Link>
                  ),
                },
              ]}
            />
          )}
        </div>
      </div>
    </>
  )
}
