import { BarChartFigure } from './charts/bar-chart-figure'
import { totalsChart } from './charts/chart-data'
import { ReportFrame } from './report-frame'
import { ReportSection } from './report-section'

const STAGES = ['received', 'discussed', 'accepted', 'allocated']
const ELSEWHERE = ['signposted', 'declined', 'escalated', 'withdrawn']

/** The referral funnel: from received to allocated, and where the other referrals went. */
export function FunnelPage() {
  return (
    <ReportFrame page="funnel">
      {(query) => (
        <ReportSection
          name="funnel"
          query={query}
          charts={(report) => (
            <>
              <BarChartFigure
                chart={totalsChart(report, {
                  caption: 'From referral to allocation',
                  what: 'Bar chart of referrals received, discussed, accepted and allocated',
                  measures: STAGES,
                  categoryHeader: 'Stage',
                  seriesName: 'Referrals',
                })}
              />
              <BarChartFigure
                chart={totalsChart(report, {
                  caption: 'Where the other referrals went',
                  what: 'Bar chart of referrals signposted, declined, escalated and withdrawn',
                  measures: ELSEWHERE,
                  categoryHeader: 'Decision',
                  seriesName: 'Referrals',
                })}
              />
            </>
          )}
        />
      )}
    </ReportFrame>
  )
}
