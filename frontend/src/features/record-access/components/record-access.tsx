import type { ChildRecord } from '../api/types'
import { useAccessFilters } from '../hooks/use-access-filters'
import { AccessHistory } from './access-history'
import { AccessSummary } from './access-summary'

/**
 * Who has looked at a child's record, for a senior: the people first, then every access on the days the address
 * asks for. The page around it lists what is wrong with those days in its error summary (`useAccessFilters`).
 */
export function RecordAccess({ record }: { record: ChildRecord }) {
  const { filters, errors } = useAccessFilters()
  return (
    <>
      <AccessSummary record={record} />
      <AccessHistory record={record} filters={filters} errors={errors} />
    </>
  )
}
