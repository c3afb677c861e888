import { formatDate } from '../../../lib/dates'
import { SummaryCard } from '../../../lib/govuk/summary-card'
import { SummaryList } from '../../../lib/govuk/summary-list'
import { Tag } from '../../../lib/govuk/tag'
import { useAreas } from '../api/get-areas'
import { useNextMeetings } from '../api/get-next-meetings'
import type { NextMeetings } from '../api/types'
import { cadenceWords } from '../forms/cadence-words'
import { adminPaths } from '../paths'
import { AdminPage } from './admin-page'

const TITLE = 'Areas and triage meetings'

/** Each area's triage panel: how often it meets and the days it would meet next (bank holidays flagged). */
export function AreasPage() {
  const { data: areas } = useAreas()
  const next = useNextMeetings(areas.map((area) => area.name))
  return (
    <AdminPage title={TITLE}>
      <p className="govuk-body">
        Each area has its own triage panel. Seniors schedule its meetings; the days below are those its cadence
        proposes.
      </p>
      {areas.map((area, index) => (
        <SummaryCard
          key={area.id}
          title={area.name}
          actions={[
            { to: adminPaths.area(area.name), text: 'Change', visuallyHidden: `the cadence of ${area.name}` },
          ]}
        >
          <SummaryList
            rows={[
              { key: 'Triage panel', value: `Meets ${cadenceWords(area.triageCadence)}` },
              { key: 'Next meetings', value: <ProposedDays next={next[index]?.data} /> },
            ]}
          />
        </SummaryCard>
      ))}
    </AdminPage>
  )
}

function ProposedDays({ next }: { next: NextMeetings | undefined }) {
  if (!next || next.meetings.length === 0) return <>None proposed</>
  return (
    <ul className="govuk-list">
      {next.meetings.map((meeting) => (
        <li key={meeting.date}>
          {formatDate(meeting.date)} {meeting.bankHoliday && <Tag colour="yellow">Bank holiday</Tag>}
        </li>
      ))}
    </ul>
  )
}
