import { Link } from 'react-router'
import { PageTitle } from '../../../lib/page-title'
import { REPORT_PAGES } from '../forms/report-catalogue'
import { reportPaths, type ReportPage } from '../paths'

const TITLE = 'Programme board reports'

/** The reports a senior can run, a sentence each. */
export function ReportsPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle>{TITLE}</PageTitle>
        <h1 className="govuk-heading-l">{TITLE}</h1>
        <p className="govuk-body">
          The figures the programme board asks for, from the service’s own records, for the current school year so far
          or any period you choose. Every figure can be downloaded as a CSV file and opened to the records it counts.
          No report names a child.
        </p>
        {(Object.keys(REPORT_PAGES) as ReportPage[]).map((page) => (
          <section key={page}>
            <h2 className="govuk-heading-m">
              <Link className="govuk-link" to={reportPaths.page(page)}>
                {REPORT_PAGES[page].title}
              </Link>
            </h2>
            <p className="govuk-body">{REPORT_PAGES[page].about}</p>
          </section>
        ))}
      </div>
    </div>
  )
}
