import { useMemo, type ReactNode } from 'react'
import { ApiError } from '../../../lib/api/api-error'
import { apiProblem, type FieldNaming } from '../../../lib/forms/api-problem'
import { ErrorSummary } from '../../../lib/govuk/error-summary'
import { useReport } from '../api/get-report'
import type { Report, ReportName } from '../api/types'
import { FILTER_LABELS } from '../forms/report-filters'

/** The API's words for a refused filter, against the filter's field (its id is the parameter's name). */
const filterNaming: FieldNaming = {
  text: (field, message) => `${FILTER_LABELS[field as keyof typeof FILTER_LABELS] ?? field} ${message}`,
  id: (field) => field,
  name: (field) => field,
}

/**
 * A report's answer for `query`, given to `children` once it is in; a filter the API refuses (in an address typed
 * by hand) as an error summary; any other failure to the route's error page.
 */
export function ReportAnswer({
  name,
  query,
  children,
}: {
  name: ReportName
  query: URLSearchParams
  children: (report: Report) => ReactNode
}) {
  const { data, isPending, isError, error } = useReport(name, query)
  const refused = useMemo(
    () => (error instanceof ApiError && error.status === 400 ? apiProblem(error, filterNaming).summary : undefined),
    [error],
  )
  if (refused) return <ErrorSummary errors={refused} />
  if (isError) throw error
  if (isPending) return <p className="govuk-body">Loading the figures…</p>
  return children(data)
}
