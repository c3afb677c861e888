import { formatDate, formatDay } from '../../../lib/dates'
import { Table, type TableColumn } from '../../../lib/govuk/table'
import { useClosures } from '../api/get-closures'
import type { Closure } from '../api/types'
import { reasonName } from '../forms/closure-form'

const columns: TableColumn<Closure>[] = [
  { header: 'Closed on', cell: (closure) => <span className="app-nowrap">{formatDate(closure.closedOn)}</span> },
  { header: 'Reason', cell: (closure) => reasonName(closure.reason) },
  {
    header: 'Reopened',
    cell: ({ reopened }) =>
      reopened ? `Reopened on ${formatDay(reopened.at)} by ${reopened.by}: ${reopened.reason}` : 'Not reopened',
  },
]

/**
 * A case's closures, latest first, once a senior has reopened it: why and when each closed, and who reopened it,
 * when and why. A case closed only once shows its closure in full instead (`CaseClosure`). Nothing while they load
 * or cannot be read: the case itself matters more than waiting for them.
 */
export function CaseClosures({ caseId }: { caseId: string }) {
  const { data: closures = [] } = useClosures(caseId)
  if (!closures.some((closure) => closure.reopened)) return null
  return (
    <>
      <h2 className="govuk-heading-m">Closures</h2>
      <Table<Closure>
        caption={`Closed ${closures.length === 1 ? 'once' : `${closures.length} times`}, the latest first`}
        captionSize="s"
        columns={columns}
        rows={closures}
        rowKey={(closure) => closure.closedAt}
      />
    </>
  )
}
