import type { ReactNode } from 'react'
import { Table, type TableColumn } from '../../../../lib/govuk/table'
import { formatFigure } from '../../forms/figure-words'
import type { ChartData, ChartPoint } from './chart-data'

/**
 * A chart (`children`, the SVG with its summary as its accessible name) in a figure with its caption, and right
 * under it the same numbers as a table: what a screen reader reads, and anyone who wants the exact figures.
 */
export function ChartFigure({ chart, children }: { chart: ChartData; children: ReactNode }) {
  if (chart.points.length === 0) return <p className="govuk-body">{chart.caption}: no figures in the period.</p>
  return (
    <figure className="app-chart">
      <figcaption className="govuk-heading-s">{chart.caption}</figcaption>
      {children}
      <ChartTable chart={chart} />
    </figure>
  )
}

function ChartTable({ chart }: { chart: ChartData }) {
  const columns: TableColumn<ChartPoint>[] = [
    { header: chart.categoryHeader, cell: (point) => point.label },
    ...chart.series.map((series, index) => ({
      header: series.name,
      numeric: true,
      cell: (point: ChartPoint) => {
        const value = point.values[index]
        return value ? formatFigure(value.value, value.unit) : ''
      },
    })),
  ]
  return (
    <Table
      caption={`${chart.caption}: the figures`}
      captionSize="s"
      columns={columns}
      rows={chart.points}
      rowKey={(point) => point.key}
    />
  )
}
