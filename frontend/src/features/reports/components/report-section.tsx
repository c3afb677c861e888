import type { ReactNode } from 'react'
import { formatDate } from '../../../lib/dates'
import type { Report, ReportName } from '../api/types'
import { BreakdownTable } from './breakdown-table'
import { DownloadCsv } from './download-csv'
import { HeadlineFigures } from './headline-figures'
import { ReportAnswer } from './report-answer'

/**
 * One report on its page: the headline figures, the CSV, what `charts` draws and, with a breakdown, its rows.
 * `withHeading` when the page shows more than one report, each under its own title.
 */
export function ReportSection({
  name,
  query,
  withHeading = false,
  charts,
}: {
  name: ReportName
  query: URLSearchParams
  withHeading?: boolean
  charts?: (report: Report) => ReactNode
}) {
  return (
    <ReportAnswer name={name} query={query}>
      {(report) => (
        <>
          {withHeading && <h2 className="govuk-heading-l">{report.title}</h2>}
          <HeadlineFigures
            report={report}
            query={query}
            title={`Headline figures, ${formatDate(report.from)} to ${formatDate(report.to)}`}
            headingLevel={withHeading ? 3 : 2}
          />
          <DownloadCsv name={name} query={query} what={report.title} />
          {charts?.(report)}
          <BreakdownTable report={report} query={query} />
        </>
      )}
    </ReportAnswer>
  )
}
