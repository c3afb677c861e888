import { PageTitle } from '../../lib/page-title'

export function ServiceProblemPage() {
  return (
    <>
      <PageTitle>Sorry, there is a problem with the service</PageTitle>
      <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
      <p className="govuk-body">Try again later.</p>
      <p className="govuk-body">If the problem continues, contact your service administrator.</p>
    </>
  )
}
