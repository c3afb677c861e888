import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import { chartRows, FIRST_WIDTH, LEGEND_ROOM, SERIES_COLOURS, textKey, type ChartData } from './chart-data'
import { ChartFigure } from './chart-figure'

const BAR_HEIGHT = 22
const AXES_AND_LEGEND = 70
/** Wide enough for a measure's label or a school's name beside its bars. */
const LABEL_WIDTH = 220

/** Horizontal bars, a group per category (a funnel stage, a practitioner), labelled with their figures. */
export function BarChartFigure({ chart }: { chart: ChartData }) {
  const withLegend = chart.series.length > 1
  const height = chart.points.length * (chart.series.length * BAR_HEIGHT + 12) + AXES_AND_LEGEND
  return (
    <ChartFigure chart={chart}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: FIRST_WIDTH, height }}>
        <BarChart
          data={chartRows(chart)}
          layout="vertical"
          role="img"
          aria-label={chart.summary}
          accessibilityLayer={false}
          margin={{ top: withLegend ? LEGEND_ROOM : 8, right: 64, bottom: 8, left: 8 }}
        >
          <CartesianGrid horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={LABEL_WIDTH} />
          {withLegend && <Legend position="top" itemSorter={null} />}
          {chart.series.map((series, index) => (
            <Bar
              key={series.key}
              dataKey={series.key}
              name={series.name}
              fill={SERIES_COLOURS[index % SERIES_COLOURS.length]}
              barSize={BAR_HEIGHT}
              isAnimationActive={false}
            >
              <LabelList dataKey={textKey(series.key)} position="right" />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  )
}
