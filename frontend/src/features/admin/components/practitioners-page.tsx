import { Link } from 'react-router'
import { Table } from '../../../lib/govuk/table'
import { usePractitioners } from '../api/get-practitioners'
import type { Practitioner } from '../api/types'
import { adminPaths } from '../paths'
import { AdminPage } from './admin-page'

const TITLE = 'Practitioners'

/** The practitioners with their area, open cases and the capacity the allocation checks against. */
export function PractitionersPage() {
  const { data: practitioners } = usePractitioners()
  return (
    <AdminPage title={TITLE}>
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
    </AdminPage>
  )
}
