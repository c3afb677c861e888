import { Table } from '../../../lib/govuk/table'
import type { School } from '../api/types'
import { PHASE_NAMES } from '../forms/school-names'

const NOT_KNOWN = 'Not known'
const percent = (value: number | undefined) => (value === undefined || value === null ? NOT_KNOWN : `${value}%`)

/** The schools with their phase and the figures the allocation priority reads (a figure not known says so). */
export function SchoolsTable({ schools, caption }: { schools: School[]; caption: string }) {
  return (
    <Table<School>
      caption={caption}
      captionSize="s"
      rows={schools}
      rowKey={(school) => school.urn}
      columns={[
        { header: 'URN', cell: (school) => school.urn },
        { header: 'Name', cell: (school) => school.name },
        { header: 'Area', cell: (school) => school.area },
        { header: 'Phase', cell: (school) => PHASE_NAMES[school.phase] },
        { header: 'SEN', cell: (school) => percent(school.vulnerability.senPercent), numeric: true },
        {
          header: 'Looked-after children',
          cell: (school) => school.vulnerability.lookedAfter ?? NOT_KNOWN,
          numeric: true,
        },
        { header: 'Mobility', cell: (school) => percent(school.vulnerability.mobilityPercent), numeric: true },
        { header: 'EAL', cell: (school) => percent(school.vulnerability.ealPercent), numeric: true },
      ]}
    />
  )
}
