import { LineChartFigure } from './charts/line-chart-figure'
import { rowsChart } from './charts/chart-data'
import { ReportAnswer } from './report-answer'
import { ReportFrame } from './report-frame'
import { ReportSection } from './report-section'

/** Timeliness: its figures, and month by month the first contacts and reviews on time. */
export function TimelinessPage() {
  return (
    <ReportFrame page="timeliness">
      {(query) => <ReportSection name="timeliness" query={query} charts={() => <MonthlyTimeliness query={query} />} />}
    </ReportFrame>
  )
}

/** The same report by month (`by` last, as every report query has it), drawn as lines. */
function MonthlyTimeliness({ query }: { query: URLSearchParams }) {
  const monthly = new URLSearchParams(query)
  monthly.set('by', 'month')
  return (
    <ReportAnswer name="timeliness" query={monthly}>
      {(report) => (
        <LineChartFigure
          chart={rowsChart(report, report.rows, {
            caption: 'First contacts and reviews on time, month by month',
            what: 'Line chart of the percentages of first contacts and of reviews on time, by month',
            measures: ['firstContactOnTime', 'reviewsOnTime'],
            categoryHeader: 'Month',
          })}
        />
      )}
    </ReportAnswer>
  )
}
