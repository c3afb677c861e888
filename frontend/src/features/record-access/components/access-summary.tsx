import { formatDateTime } from '../../../lib/dates'
import { Table, type TableColumn } from '../../../lib/govuk/table'
import { Tag } from '../../../lib/govuk/tag'
import { useRecentEntries } from '../api/search-audit'
import { recordIds, type ChildRecord } from '../api/types'
import { usePersonName } from '../hooks/use-person-name'
import { roleText, times } from './access-words'
import { summarisePeople, type PersonAccess } from './people'

const columns: TableColumn<PersonAccess>[] = [
  { header: 'Who', cell: (person) => person.name },
  { header: 'Role', cell: (person) => roleText(person.roles) },
  {
    header: 'What they did',
    cell: (person) => (
      <ul className="govuk-list">
        {person.did.map(([word, count]) => (
          <li key={word}>{`${word} ${times(count)}`}</li>
        ))}
      </ul>
    ),
  },
  { header: 'How many times', cell: (person) => person.count, numeric: true },
  { header: 'Last time', cell: (person) => <span className="app-nowrap">{formatDateTime(person.last)}</span> },
  {
    header: 'Refused',
    cell: (person) => (person.refused > 0 ? <Tag colour="red">{`Refused ${times(person.refused)}`}</Tag> : 'No'),
  },
]

/** Everyone who has read, changed or been refused the child's referral or case, the most recent first. */
export function AccessSummary({ record }: { record: ChildRecord }) {
  const { data } = useRecentEntries(recordIds(record))
  const nameOf = usePersonName()
  const people = summarisePeople(data.entries, nameOf)
  return (
    <>
      <h2 className="govuk-heading-m">Who has looked at this child’s record</h2>
      <p className="govuk-body">
        Everyone who has read, changed or been refused the child’s referral{record.caseId ? ' or case' : ''}, the most
        recent first.
      </p>
      {!data.complete && (
        <div className="govuk-inset-text">
          This summary covers the latest {data.limit.toLocaleString('en-GB')} accesses. The history below has them all.
        </div>
      )}
      {people.length === 0 ? (
        <p className="govuk-body">No one has looked at this record yet.</p>
      ) : (
        <Table<PersonAccess>
          caption={`${people.length} ${people.length === 1 ? 'person' : 'people'}`}
          captionSize="s"
          columns={columns}
          rows={people}
          rowKey={(person) => person.userId}
        />
      )}
    </>
  )
}
