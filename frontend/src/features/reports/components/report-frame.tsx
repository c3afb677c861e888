import { Suspense, useMemo, type ReactNode } from 'react'
import { useSearchParams } from 'react-router'
import { BackLink } from '../../../lib/govuk/back-link'
import { ErrorSummary } from '../../../lib/govuk/error-summary'
import { PageTitle } from '../../../lib/page-title'
import { REPORT_PAGES } from '../forms/report-catalogue'
import { filterValues, periodErrors, reportQuery, toSummary } from '../forms/report-filters'
import { reportPaths, type ReportPage } from '../paths'
import { ReportFilter } from './report-filter'

/**
 * A report page: its title, the filters its address holds (the school year so far by default) and, once the period
 * is one the API takes, what `children` shows for the report's query.
 */
export function ReportFrame({ page, children }: { page: ReportPage; children: (query: URLSearchParams) => ReactNode }) {
  const [search] = useSearchParams()
  const { title, breakdowns } = REPORT_PAGES[page]
  const address = search.toString()
  // Worked out once per address: the error summary takes focus each time it is given new errors.
  const { values, errors, summary } = useMemo(() => {
    const values = filterValues(new URLSearchParams(address), { breakdowns })
    const errors = periodErrors(values)
    return { values, errors, summary: toSummary(errors) }
  }, [address, breakdowns])

  return (
    <>
      <PageTitle>{errors.length > 0 ? `Error: ${title}` : title}</PageTitle>
      <BackLink to={reportPaths.index}>Reports</BackLink>
      <ErrorSummary errors={summary} />
      <span className="govuk-caption-l">Programme board reports</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <Suspense fallback={<p className="govuk-body">Loading the filters…</p>}>
        <ReportFilter key={address} values={values} errors={errors} breakdowns={breakdowns} />
      </Suspense>
      {errors.length === 0 && children(reportQuery(values))}
    </>
  )
}
