import { Button } from '../../lib/govuk/button'
import { PageTitle } from '../../lib/page-title'

export function SignInUnavailablePage({ onTryAgain }: { onTryAgain: () => void }) {
  return (
    <>
      <PageTitle>Sorry, sign-in is not available at the moment</PageTitle>
      <h1 className="govuk-heading-l">Sorry, sign-in is not available at the moment</h1>
      <p className="govuk-body">TeamAround cannot reach the sign-in service. This is usually a short interruption.</p>
      <p className="govuk-body">Try again in a few minutes.</p>
      <Button onClick={onTryAgain}>Try again</Button>
    </>
  )
}
