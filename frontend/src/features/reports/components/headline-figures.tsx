import { Details } from '../../../lib/govuk/details'
import { SummaryCard } from '../../../lib/govuk/summary-card'
import { SummaryList } from '../../../lib/govuk/summary-list'
import type { Report } from '../api/types'
import { drillDownPath } from '../paths'
import { figureOf, FigureValue } from './figure-value'

/** The report's total row as a summary card: each figure by its unit, with a link to the records it counts. */
export function HeadlineFigures({
  report,
  query,
  title,
  headingLevel,
}: {
  report: Report
  query: URLSearchParams
  title: string
  headingLevel: 2 | 3
}) {
  const rows = report.measures.map((measure) => {
    const figure = figureOf(report.total.figures, measure.key)
    const to = figure?.records ? drillDownPath(figure.records, query) : undefined
    return {
      key: measure.label,
      value: <FigureValue figure={figure} unit={measure.unit} />,
      action: to ? { to, text: 'View records', visuallyHidden: `for ${measure.label}` } : undefined,
    }
  })
  return (
    <>
      <SummaryCard title={title} headingLevel={headingLevel}>
        <SummaryList rows={rows} />
      </SummaryCard>
      <Details summary="What these figures count">
        <SummaryList rows={report.measures.map((measure) => ({ key: measure.label, value: measure.description }))} />
      </Details>
    </>
  )
}
