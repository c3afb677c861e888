import { Link } from 'react-router'
import { ButtonLink } from '../../../../lib/govuk/button-link'
import { PageTitle } from '../../../../lib/page-title'
import { nextPath, stepPath } from '../../forms/steps'
import { useRouteReferral } from '../../hooks/use-route-referral'

/**
 * The interruption after "immediate safeguarding concern" is ticked (the GOV.UK interruption card):
 * this referral is not the route; contact the social care duty team now, then carry on if you want to.
 */
export function SafeguardingPage() {
  const referral = useRouteReferral()
  return (
    <>
      <PageTitle>Contact the social care duty team now</PageTitle>
      <div className="app-interruption-card govuk-!-margin-top-4">
        <h1 className="govuk-heading-l app-interruption-card__heading">Contact the social care duty team now</h1>
        <p className="govuk-body-l app-interruption-card__body">
          A referral to this service is not the way to report an immediate safeguarding concern. It will not be seen
          straight away.
        </p>
        <ul className="govuk-list govuk-list--bullet app-interruption-card__body">
          <li>If a child is in immediate danger, call 999.</li>
          <li>
            Otherwise, call the children’s social care duty team now and follow your school’s safeguarding procedures.
          </li>
          <li>Tell your designated safeguarding lead.</li>
        </ul>
        <p className="govuk-body app-interruption-card__body">
          We have marked this referral for a senior practitioner’s attention. You can carry on with it once you have
          contacted the duty team.
        </p>
        <div className="govuk-button-group">
          <ButtonLink to={nextPath(referral.id, 'needs')} variant="inverse">
            I have contacted the duty team, continue
          </ButtonLink>
          <Link className="govuk-link govuk-link--inverse" to={stepPath(referral.id, 'needs')}>
            Change my answer
          </Link>
        </div>
      </div>
    </>
  )
}
