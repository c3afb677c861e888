import { Link } from 'react-router'
import { PageTitle } from '../../lib/page-title'

export function NotFoundPage() {
  return (
    <>
      <PageTitle>Page not found</PageTitle>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p className="govuk-body">
        <Link to="/" className="govuk-link">
          Go to the TeamAround home page
        </Link>
      </p>
    </>
  )
}
