import type { Report, ReportRow, ReportUnit } from '../../api/types'
import { formatFigure } from '../../forms/figure-words'
import { figureOf } from '../figure-value'

/** A value a chart draws, with the unit its table writes it in. */
export type ChartValue = { value: number | null; unit: ReportUnit }

export type ChartSeries = { key: string; name: string }

/** A category of the chart (a bar, a month): one value per series, in the series' order. */
export type ChartPoint = { key: string; label: string; values: ChartValue[] }

/** What a chart and its table show: `summary` is the chart's accessible name, saying what it shows. */
export type ChartData = {
  caption: string
  summary: string
  categoryHeader: string
  series: ChartSeries[]
  points: ChartPoint[]
}

/** A row's figure for a measure, as a chart draws it. */
export function chartValue(report: Report, row: ReportRow, measure: string): ChartValue {
  const unit = report.measures.find((candidate) => candidate.key === measure)?.unit ?? 'NUMBER'
  return { value: figureOf(row.figures, measure)?.value ?? null, unit }
}

const labelOf = (report: Report, key: string) =>
  report.measures.find((measure) => measure.key === key)?.label ?? key

/** A bar per measure of the total row (the funnel's stages), the measures the report has, in the order given. */
export function totalsChart(
  report: Report,
  chart: { caption: string; what: string; measures: string[]; categoryHeader: string; seriesName: string },
): ChartData {
  const measures = chart.measures.filter((key) => report.measures.some((measure) => measure.key === key))
  return withSummary(chart.what, {
    caption: chart.caption,
    categoryHeader: chart.categoryHeader,
    series: [{ key: 'value', name: chart.seriesName }],
    points: measures.map((key) => ({
      key,
      label: labelOf(report, key),
      values: [chartValue(report, report.total, key)],
    })),
  })
}

/** A category per row of the report (a practitioner, a month), a series per measure. */
export function rowsChart(
  report: Report,
  rows: ReportRow[],
  chart: { caption: string; what: string; measures: string[]; categoryHeader: string },
): ChartData {
  return withSummary(chart.what, {
    caption: chart.caption,
    categoryHeader: chart.categoryHeader,
    series: chart.measures.map((key) => ({ key, name: labelOf(report, key) })),
    points: rows.map((row) => ({
      key: row.key,
      label: row.label,
      values: chart.measures.map((measure) => chartValue(report, row, measure)),
    })),
  })
}

/** Beyond this many categories, a chart's name says how many there are rather than reading every figure out. */
const READ_OUT_AT_MOST = 6

/** The chart's accessible name: what it shows and, when short enough, its figures. */
export function withSummary(what: string, chart: Omit<ChartData, 'summary'>): ChartData {
  const { points, series } = chart
  const figures = (point: ChartPoint) =>
    point.values
      .map((value, index) => {
        const text = formatFigure(value.value, value.unit)
        return series.length > 1 ? `${series[index]?.name ?? ''} ${text}` : text
      })
      .join(', ')
  const summary =
    points.length > READ_OUT_AT_MOST
      ? `${what}, ${points.length} in all: the figures are in the table below`
      : `${what}: ${points.map((point) => `${point.label}, ${figures(point)}`).join('; ')}`
  return { ...chart, summary }
}

/** The key under which `chartRows` puts a series' values as the table writes them, for labels on the bars. */
export const textKey = (series: string) => `${series}:text`

/** The points as Recharts takes them: one object per category, a number (or a gap) and its words per series. */
export function chartRows(chart: ChartData): Record<string, string | number | null>[] {
  return chart.points.map((point) => ({
    label: point.label,
    ...Object.fromEntries(
      chart.series.flatMap((series, index) => {
        const value = point.values[index]
        return [
          [series.key, value?.value ?? null],
          [textKey(series.key), value ? formatFigure(value.value, value.unit) : ''],
        ]
      }),
    ),
  }))
}

/** The width a chart is drawn at before the page is measured (and in tests, where nothing is). */
export const FIRST_WIDTH = 640

/** The space above the plot that a legend takes (it is drawn over the chart's margin). */
export const LEGEND_ROOM = 40

/** GOV.UK blue, then dark grey: apart in lightness too, for those who do not tell the colours apart. */
export const SERIES_COLOURS = ['#1d70b8', '#505a5f'] as const
