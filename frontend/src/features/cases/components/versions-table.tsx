import { formatDateTime } from '../../../lib/dates'
import { Table, type TableColumn } from '../../../lib/govuk/table'
import type { RecordVersion } from '../api/types'

/**
 * The versions of a case record, latest first: each version's number, then what `columns` say of it (its state,
 * what it held), then who saved it and when.
 */
export function VersionsTable({
  versions,
  columns,
}: {
  versions: RecordVersion[]
  columns: TableColumn<RecordVersion>[]
}) {
  return (
    <Table<RecordVersion>
      caption={`${versions.length} ${versions.length === 1 ? 'version' : 'versions'}, latest first`}
      captionSize="s"
      columns={[
        { header: 'Version', cell: (version) => version.number },
        ...columns,
        { header: 'Saved by', cell: (version) => version.savedBy },
        { header: 'Saved at', cell: (version) => formatDateTime(version.savedAt) },
      ]}
      rows={versions}
      rowKey={(version) => String(version.number)}
    />
  )
}
