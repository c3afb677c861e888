import { Link, useLocation, useSearchParams } from 'react-router'
import { formatDateTime } from '../../../lib/dates'
import type { ErrorItem } from '../../../lib/govuk/error-summary'
import { Pagination } from '../../../lib/govuk/pagination'
import { Table, type TableColumn } from '../../../lib/govuk/table'
import { Tag } from '../../../lib/govuk/tag'
import { entryKey, useAuditPage } from '../api/search-audit'
import { recordIds, type AuditEntry, type AuditPage, type ChildRecord } from '../api/types'
import type { AccessFilters } from '../forms/access-filters'
import { usePersonName } from '../hooks/use-person-name'
import { AccessFilter } from './access-filter'
import { accessWord, isRefused, recordName, roleText } from './access-words'

const PAGE_SIZE = 50

/** Every access to the child's referral and case, newest first, 50 a page, between the days the address asks for. */
export function AccessHistory({
  record,
  filters,
  errors,
}: {
  record: ChildRecord
  filters: AccessFilters
  errors: ErrorItem[]
}) {
  const [params] = useSearchParams()
  const query = { from: filters.from, to: filters.to, page: filters.page - 1, size: PAGE_SIZE }
  const { data, isPending, isError, error } = useAuditPage(recordIds(record), query, errors.length === 0)
  if (isError) throw error
  return (
    <>
      <h2 className="govuk-heading-m">Access history</h2>
      <AccessFilter key={params.toString()} filters={filters} errors={errors} />
      {errors.length > 0 ? null : isPending ? (
        <p className="govuk-body">Loading…</p>
      ) : (
        <HistoryTable page={data} current={filters.page} record={record} dated={!!(filters.from || filters.to)} />
      )}
    </>
  )
}

const withPage = (params: URLSearchParams, page: number) => {
  const next = new URLSearchParams(params)
  next.set('page', String(page))
  return next.toString()
}

function HistoryTable({
  page,
  current,
  record,
  dated,
}: {
  page: AuditPage
  current: number
  record: ChildRecord
  dated: boolean
}) {
  const [params] = useSearchParams()
  const { pathname } = useLocation()
  const nameOf = usePersonName()
  if (page.items.length === 0 && page.total > 0) {
    return (
      <p className="govuk-body">
        There is no page {current}.{' '}
        <Link className="govuk-link" to={`${pathname}?${withPage(params, 1)}`}>
          Go to the first page
        </Link>
      </p>
    )
  }
  if (page.items.length === 0) {
    return dated ? (
      <p className="govuk-body">
        No one accessed the record on these days.{' '}
        <Link className="govuk-link" to={pathname}>
          Clear the dates
        </Link>
      </p>
    ) : (
      <p className="govuk-body">No one has accessed the record yet.</p>
    )
  }
  const pageCount = Math.ceil(page.total / page.size)
  const pageHref = (to: number) => `${pathname}?${withPage(params, to)}`
  const columns: TableColumn<AuditEntry>[] = [
    { header: 'When', cell: (entry) => <span className="app-nowrap">{formatDateTime(entry.at)}</span> },
    { header: 'Who', cell: nameOf },
    { header: 'Role', cell: (entry) => roleText(entry.roles) },
    { header: 'What', cell: accessWord },
    { header: 'Record', cell: (entry) => recordName(entry, record) },
    { header: 'Outcome', cell: (entry) => (isRefused(entry) ? <Tag colour="red">Refused</Tag> : 'Allowed') },
  ]
  const count = `${page.total} ${page.total === 1 ? 'access' : 'accesses'}`
  return (
    <>
      <Table<AuditEntry>
        caption={`${count}, newest first${pageCount > 1 ? `, page ${current} of ${pageCount}` : ''}`}
        captionSize="s"
        columns={columns}
        rows={page.items}
        rowKey={entryKey}
      />
      <Pagination current={current} count={pageCount} href={pageHref} />
    </>
  )
}
