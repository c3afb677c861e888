import { Link } from 'react-router'
import type { ReportFigure, ReportUnit } from '../api/types'
import { formatFigure, SUPPRESSED_NOTE } from '../forms/figure-words'
import { drillDownPath } from '../paths'

type FigureProps = { figure: ReportFigure | undefined; unit: ReportUnit }

/** A figure's value by its unit, and the note that exports suppress it when it is about fewer than 5 children. */
export function FigureValue({ figure, unit }: FigureProps) {
  return (
    <>
      {formatFigure(figure?.value, unit)}
      <SuppressedNote figure={figure} />
    </>
  )
}

/**
 * A figure as a link to the records it counts (`about` names it for screen readers), or as text when it has none;
 * `query` is the report page's.
 */
export function FigureLink({ figure, unit, about, query }: FigureProps & { about: string; query: URLSearchParams }) {
  const to = figure?.records ? drillDownPath(figure.records, query) : undefined
  if (!to) return <FigureValue figure={figure} unit={unit} />
  return (
    <>
      <Link className="govuk-link" to={to}>
        {formatFigure(figure?.value, unit)}
        <span className="govuk-visually-hidden">, {about}: view the records</span>
      </Link>
      <SuppressedNote figure={figure} />
    </>
  )
}

function SuppressedNote({ figure }: { figure: ReportFigure | undefined }) {
  return figure?.suppressed ? <span className="govuk-!-font-size-16 app-figure-note"> {SUPPRESSED_NOTE}</span> : null
}

/** A row's figure for a measure. */
export function figureOf(figures: ReportFigure[], measure: string): ReportFigure | undefined {
  return figures.find((figure) => figure.measure === measure)
}
