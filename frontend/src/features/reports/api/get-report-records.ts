import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { reportKeys } from './query-keys'
import type { ReportRecordList } from './types'

/** The records one figure counts: `query` is the report's own, with the figure's `measure` (and `group`). */
export function getReportRecords(
  name: string,
  query: URLSearchParams,
  signal?: AbortSignal,
): Promise<ReportRecordList> {
  return apiFetch<ReportRecordList>(`/api/v1/reports/${encodeURIComponent(name)}/records?${query.toString()}`, {
    signal: signal ?? null,
  })
}

export const reportRecordsQueryOptions = (name: string, query: URLSearchParams) =>
  queryOptions({
    queryKey: reportKeys.records(name, query.toString()),
    queryFn: ({ signal }) => getReportRecords(name, query, signal),
  })
