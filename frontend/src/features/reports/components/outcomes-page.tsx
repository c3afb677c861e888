import type { Report } from '../api/types'
import { BarChartFigure } from './charts/bar-chart-figure'
import { chartValue, withSummary, type ChartData, type ChartValue } from './charts/chart-data'
import { FeedbackQuotes } from './feedback-quotes'
import { ReportFrame } from './report-frame'
import { ReportSection } from './report-section'

/** Outcomes of the closures in the period: before and after support, then what families and schools said. */
export function OutcomesPage() {
  return (
    <ReportFrame page="outcomes">
      {(query) => (
        <ReportSection
          name="outcomes"
          query={query}
          charts={(report) => (
            <>
              <BarChartFigure chart={beforeAndAfter(report)} />
              <FeedbackQuotes quotes={report.quotes ?? []} />
            </>
          )}
        />
      )}
    </ReportFrame>
  )
}

function beforeAndAfter(report: Report): ChartData {
  const total = (measure: string) => chartValue(report, report.total, measure)
  const atRisk = total('exclusionRiskBefore')
  const removed = total('exclusionRiskRemoved')
  // The report counts the risks removed; those still at risk at closure are the rest.
  const stillAtRisk: ChartValue = {
    unit: 'COUNT',
    value: atRisk.value === null || removed.value === null ? null : atRisk.value - removed.value,
  }
  return withSummary('Bar chart of attendance, suspensions and exclusion risk before support and at closure', {
    caption: 'Before support and at closure',
    categoryHeader: 'Outcome',
    series: [
      { key: 'before', name: 'Before support' },
      { key: 'after', name: 'At closure' },
    ],
    points: [
      {
        key: 'attendance',
        label: 'Attendance (mean %)',
        values: [total('attendanceBefore'), total('attendanceAfter')],
      },
      { key: 'suspensions', label: 'Suspensions', values: [total('suspensionsBefore'), total('suspensionsAfter')] },
      { key: 'exclusionRisk', label: 'Children at risk of exclusion', values: [atRisk, stillAtRisk] },
    ],
  })
}
