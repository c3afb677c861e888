import { useSuspenseQueries } from '@tanstack/react-query'
import { Link, useParams, useSearchParams } from 'react-router'
import { paths } from '../../../config/paths'
import { ApiError } from '../../../lib/api/api-error'
import { formatDate } from '../../../lib/dates'
import { BackLink } from '../../../lib/govuk/back-link'
import { SummaryList, type SummaryRow } from '../../../lib/govuk/summary-list'
import { Table, type TableColumn } from '../../../lib/govuk/table'
import { PageTitle } from '../../../lib/page-title'
import { PRIMARY_NEEDS, type PrimaryNeed } from '../../../lib/primary-needs'
import { reportQueryOptions } from '../api/get-report'
import { reportRecordsQueryOptions } from '../api/get-report-records'
import type { Report, ReportName, ReportRecord, ReportRecordList } from '../api/types'
import { formatFigure } from '../forms/figure-words'
import { filterValues, reportQuery } from '../forms/report-filters'
import { reportPaths, type ReportPage } from '../paths'

/**
 * The records a figure counts (`?measure=…&group=…` with the report's own filters), each by its reference: opening
 * one is the ordinary record page, audited as ever. The report itself gives the filters' names and the figure's unit.
 */
export function ReportRecordsPage() {
  const name = useParams()['report'] ?? ''
  const page = reportPaths.pageOf(name)
  // A report this version does not know is not found, as the API would answer.
  if (!page) throw new ApiError(404)
  return <Records name={name as ReportName} page={page} />
}

function Records({ name, page }: { name: ReportName; page: ReportPage }) {
  const [search] = useSearchParams()
  const filters = reportQuery(filterValues(search, { breakdowns: true }))
  const [{ data: list }, { data: report }] = useSuspenseQueries({
    queries: [reportRecordsQueryOptions(name, search), reportQueryOptions(name, filters)],
  })
  const count = list.records.length

  return (
    <>
      <PageTitle>{`${list.label}: the records`}</PageTitle>
      <BackLink to={reportPaths.page(page, filters)}>{`Back to ${report.title.toLowerCase()}`}</BackLink>
      <span className="govuk-caption-l">{report.title}</span>
      <h1 className="govuk-heading-l">{list.label}</h1>
      <SummaryList rows={scopeRows(report, list)} />
      {count === 0 ? (
        <p className="govuk-body">No records are counted in this figure.</p>
      ) : (
        <Table<ReportRecord>
          caption={`${count} ${count === 1 ? 'record' : 'records'}`}
          captionSize="m"
          columns={columns(report, list)}
          rows={list.records}
          rowKey={(record) => `${record.referralId}:${record.on}`}
        />
      )}
    </>
  )
}

/** The period and filters in words, and the row of the report the figure is in. */
function scopeRows(report: Report, list: ReportRecordList): SummaryRow[] {
  const { filters } = report
  const need = filters.needType && (PRIMARY_NEEDS[filters.needType as PrimaryNeed] ?? filters.needType)
  const group = list.group && (report.rows.find((row) => row.key === list.group)?.label ?? list.group)
  const rows: [string, string | null | undefined][] = [
    ['Period', `${formatDate(report.from)} to ${formatDate(report.to)}`],
    ['Area', filters.areaName],
    ['School', filters.schoolName],
    ['Need type', need],
    ['Practitioner', filters.practitionerName],
    ['Group', group],
  ]
  return rows.flatMap(([key, value]) => (value ? [{ key, value }] : []))
}

function columns(report: Report, list: ReportRecordList): TableColumn<ReportRecord>[] {
  const unit = report.measures.find((measure) => measure.key === list.measure)?.unit ?? 'NUMBER'
  const withValues = list.records.some((record) => record.value !== null && record.value !== undefined)
  return [
    {
      header: 'Reference',
      cell: (record) => (
        <Link
          className="govuk-link app-nowrap"
          to={record.caseId ? paths.case(record.caseId) : paths.referral(record.referralId)}
        >
          {record.reference}
        </Link>
      ),
    },
    { header: 'School', cell: (record) => record.schoolName },
    { header: 'Area', cell: (record) => record.areaName },
    { header: 'Counted on', cell: (record) => <span className="app-nowrap">{formatDate(record.on)}</span> },
    ...(!withValues
      ? []
      : unit === 'PERCENT'
        ? // A percentage's record counts 1 when it is among the share, 0 when not.
          [{ header: list.label, cell: (record: ReportRecord) => (record.value === 1 ? 'Yes' : 'No') }]
        : [{ header: 'Value', numeric: true, cell: (record: ReportRecord) => formatFigure(record.value, unit) }]),
  ]
}
