import { useSearchParams } from 'react-router'
import { formatDateTime } from '../../../lib/dates'
import { BackLink } from '../../../lib/govuk/back-link'
import { Pagination } from '../../../lib/govuk/pagination'
import { Table } from '../../../lib/govuk/table'
import { PageTitle } from '../../../lib/page-title'
import { useConfigChanges } from '../api/get-config-changes'
import { useEligibilityRules } from '../api/get-eligibility-rules'
import type { ConfigChange } from '../api/types'
import { entityName, fieldName, valueWords } from '../forms/change-words'
import { pagedCaption } from '../forms/paged-caption'
import { adminPaths } from '../paths'

const PAGE_SIZE = 50
const TITLE = 'Configuration history'

/** Every change to the service's configuration, newest first, one changed setting per row (`?page=2`). */
export function ConfigChangesPage() {
  const [params] = useSearchParams()
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1)
  const changes = useConfigChanges(page - 1, PAGE_SIZE)
  const { data: rules } = useEligibilityRules()
  if (changes.isError) throw changes.error

  const ruleLabel = new Map(rules.map((rule) => [rule.code, rule.label]))
  const record = (change: ConfigChange) =>
    change.entity === 'ELIGIBILITY_RULE'
      ? `${entityName(change.entity)}: ${ruleLabel.get(change.entityKey) ?? change.entityKey}`
      : `${entityName(change.entity)} ${change.entityKey}`
  const data = changes.data
  const pageCount = data ? Math.ceil(data.total / data.size) : 0

  return (
    <>
      <PageTitle>{TITLE}</PageTitle>
      <BackLink to={adminPaths.home}>Back to service configuration</BackLink>
      <div className="govuk-grid-row govuk-!-margin-top-4">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">Service configuration</span>
          <h1 className="govuk-heading-l">{TITLE}</h1>
          <p className="govuk-body">
            Each setting that changed, newest first. Nobody can change or delete this history.
          </p>
        </div>
      </div>
      {!data ? (
        <p className="govuk-body">Loading…</p>
      ) : data.items.length === 0 ? (
        <p className="govuk-body">Nothing has been changed yet.</p>
      ) : (
        <>
          <Table<ConfigChange>
            caption={pagedCaption(data.total, ['change', 'changes'], page, pageCount)}
            captionSize="s"
            rows={data.items}
            rowKey={(change) => change.id}
            columns={[
              { header: 'When', cell: (change) => formatDateTime(change.at) },
              { header: 'Who', cell: (change) => change.username ?? change.userId },
              { header: 'What', cell: record },
              { header: 'Setting', cell: (change) => fieldName(change.field) },
              { header: 'From', cell: (change) => valueWords(change.field, change.oldValue) },
              { header: 'To', cell: (change) => valueWords(change.field, change.newValue) },
            ]}
          />
          <Pagination current={page} count={pageCount} href={(to) => `${adminPaths.changes}?page=${to}`} />
        </>
      )}
    </>
  )
}
