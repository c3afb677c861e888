import { Table, type TableColumn } from '../../../lib/govuk/table'
import type { Report, ReportRow } from '../api/types'
import { BREAKDOWNS } from '../forms/figure-words'
import { figureOf, FigureLink } from './figure-value'

/** One row per group of the breakdown, each figure a link to the records it counts in that group. */
export function BreakdownTable({ report, query }: { report: Report; query: URLSearchParams }) {
  if (!report.by) return null
  const breakdown = BREAKDOWNS[report.by] ?? report.by
  if (report.rows.length === 0) {
    return <p className="govuk-body">No {breakdown.toLowerCase()} has figures in the period.</p>
  }
  const columns: TableColumn<ReportRow>[] = [
    { header: breakdown, cell: (row) => row.label },
    ...report.measures.map((measure) => ({
      header: measure.label,
      numeric: true,
      cell: (row: ReportRow) => (
        <FigureLink
          figure={figureOf(row.figures, measure.key)}
          unit={measure.unit}
          about={`${measure.label}, ${row.label}`}
          query={query}
        />
      ),
    })),
  ]
  const caption = `${report.title}: one row per ${breakdown.toLowerCase()}`
  // A wide table scrolls on its own; keyboard users reach it by its region.
  return (
    <div className="app-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <Table
        caption={caption}
        captionSize="m"
        columns={columns}
        rows={report.rows}
        rowKey={(row) => row.key}
      />
    </div>
  )
}
