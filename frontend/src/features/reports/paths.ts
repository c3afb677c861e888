import { paths } from '../../config/paths'
import type { ReportName } from './api/types'

/** A report page: school allocations share the caseloads page. */
export type ReportPage = 'funnel' | 'timeliness' | 'caseloads' | 'outcomes'

const PAGE_OF: Record<ReportName, ReportPage> = {
  funnel: 'funnel',
  timeliness: 'timeliness',
  caseloads: 'caseloads',
  'school-allocations': 'caseloads',
  outcomes: 'outcomes',
}

const withQuery = (path: string, query: URLSearchParams) => (query.toString() ? `${path}?${query.toString()}` : path)

/** The reports' addresses: the list (`paths.reports`), a report's page, and the records a figure counts. */
export const reportPaths = {
  index: paths.reports,
  page: (page: ReportPage, query = new URLSearchParams()) => withQuery(`${paths.reports}/${page}`, query),
  /** The page a report shows on, when `name` is one (a drill-down's address may say anything). */
  pageOf: (name: string): ReportPage | undefined => PAGE_OF[name as ReportName],
  records: (name: string, query: URLSearchParams) =>
    withQuery(`${paths.reports}/${encodeURIComponent(name)}/records`, query),
} as const

const API_RECORDS = /^\/api\/v1\/reports\/([a-z-]+)\/records$/

/**
 * The drill-down page of a figure's `records`: the API's address names the figure (its measure, filters, group),
 * laid over the report page's own query so that its way back keeps what the page showed (such as a breakdown).
 */
export function drillDownPath(records: string, pageQuery: URLSearchParams): string | undefined {
  const url = new URL(records, 'http://localhost')
  const name = API_RECORDS.exec(url.pathname)?.[1]
  if (!name) return undefined
  const query = new URLSearchParams(url.searchParams)
  pageQuery.forEach((value, key) => {
    if (!query.has(key)) query.set(key, value)
  })
  return reportPaths.records(name, query)
}
