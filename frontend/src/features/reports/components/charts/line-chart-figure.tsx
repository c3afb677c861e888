import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import { chartRows, FIRST_WIDTH, LEGEND_ROOM, SERIES_COLOURS, type ChartData } from './chart-data'
import { ChartFigure } from './chart-figure'

const HEIGHT = 320
/** Solid, then dashed: the lines differ in more than colour. */
const DASHES = [undefined, '8 4'] as const

/** Lines over the categories (months), one per series; percentages on a 0 to 100 scale. */
export function LineChartFigure({ chart }: { chart: ChartData }) {
  const percent = chart.points.every((point) => point.values.every((value) => value.unit === 'PERCENT'))
  return (
    <ChartFigure chart={chart}>
      <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: FIRST_WIDTH, height: HEIGHT }}>
        <LineChart
          data={chartRows(chart)}
          role="img"
          aria-label={chart.summary}
          accessibilityLayer={false}
          margin={{ top: LEGEND_ROOM, right: 48, bottom: 8, left: 8 }}
        >
          <CartesianGrid vertical={false} />
          <XAxis dataKey="label" padding={{ left: 40, right: 40 }} />
          <YAxis domain={percent ? [0, 100] : undefined} unit={percent ? '%' : undefined} />
          <Legend position="top" itemSorter={null} />
          {chart.series.map((series, index) => (
            <Line
              key={series.key}
              type="linear"
              dataKey={series.key}
              name={series.name}
              stroke={SERIES_COLOURS[index % SERIES_COLOURS.length]}
              strokeDasharray={DASHES[index % DASHES.length]}
              strokeWidth={3}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  )
}
