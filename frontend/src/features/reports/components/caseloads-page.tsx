import { BarChartFigure } from './charts/bar-chart-figure'
import { rowsChart } from './charts/chart-data'
import { figureOf } from './figure-value'
import { ReportFrame } from './report-frame'
import { ReportSection } from './report-section'

/** Caseloads per practitioner, and allocations per school, each with its own figures and CSV. */
export function CaseloadsPage() {
  return (
    <ReportFrame page="caseloads">
      {(query) => (
        <>
          <ReportSection
            name="caseloads"
            query={query}
            withHeading
            charts={(report) => (
              <BarChartFigure
                chart={rowsChart(report, report.rows, {
                  caption: 'Open cases against capacity',
                  what: 'Bar chart of each practitioner’s open cases against their capacity',
                  measures: ['openCases', 'capacity'],
                  categoryHeader: 'Practitioner',
                })}
              />
            )}
          />
          <ReportSection
            name="school-allocations"
            query={query}
            withHeading
            charts={(report) => (
              <BarChartFigure
                // Only the schools the period concerns: a bar pair for every school would bury them.
                chart={rowsChart(
                  report,
                  report.rows.filter((row) =>
                    ['received', 'allocated'].some((measure) => (figureOf(row.figures, measure)?.value ?? 0) > 0),
                  ),
                  {
                    caption: 'Allocations against the core offer, schools with referrals or allocations',
                    what: 'Bar chart of allocations against the core offer, schools with referrals or allocations',
                    measures: ['allocated', 'coreOffer'],
                    categoryHeader: 'School',
                  },
                )}
              />
            )}
          />
        </>
      )}
    </ReportFrame>
  )
}
