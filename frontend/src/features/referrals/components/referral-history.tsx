import { Table } from '../../../lib/govuk/table'
import type { Referral } from '../api/types'
import { formatDateTime } from '../../../lib/dates'
import { StateTag } from './state-tag'

type Entry = Referral['history'][number]

/** Every change of state: when, who, from which state to which, and why. */
export function ReferralHistory({ history }: { history: Entry[] }) {
  return (
    <Table<Entry>
      caption="History"
      rows={[...history].reverse()}
      rowKey={(entry) => `${entry.at}-${entry.toState}`}
      columns={[
        { header: 'When', cell: (entry) => formatDateTime(entry.at) },
        { header: 'Who', cell: (entry) => entry.byName },
        {
          header: 'Change',
          cell: (entry) => (
            <>
              {entry.fromState ? <StateTag state={entry.fromState} /> : 'Started'}
              <span aria-hidden="true"> → </span>
              <span className="govuk-visually-hidden"> to </span>
              <StateTag state={entry.toState} />
            </>
          ),
        },
        { header: 'Reason', cell: (entry) => entry.reason ?? '' },
      ]}
    />
  )
}
