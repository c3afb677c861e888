import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { reportKeys } from './query-keys'
import type { Report, ReportName } from './types'

export function getReport(name: ReportName, query: URLSearchParams, signal?: AbortSignal): Promise<Report> {
  return apiFetch<Report>(`/api/v1/reports/${name}?${query.toString()}`, { signal: signal ?? null })
}

export const reportQueryOptions = (name: ReportName, query: URLSearchParams) =>
  queryOptions({
    queryKey: reportKeys.report(name, query.toString()),
    queryFn: ({ signal }) => getReport(name, query, signal),
  })

/** A report's figures; not suspending, so that the filters stay on the page while new figures load. */
export function useReport(name: ReportName, query: URLSearchParams) {
  return useQuery(reportQueryOptions(name, query))
}
