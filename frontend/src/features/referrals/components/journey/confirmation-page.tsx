import { Link } from 'react-router'
import { paths } from '../../../../config/paths'
import { Panel } from '../../../../lib/govuk/panel'
import { PageTitle } from '../../../../lib/page-title'
import { useRouteReferral } from '../../hooks/use-route-referral'
import { StateTag } from '../state-tag'

/** The referral is submitted: its reference, and what happens next. */
export function ConfirmationPage() {
  const referral = useRouteReferral()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle>Referral submitted</PageTitle>
        <Panel title="Referral submitted">
          Your reference number
          <br />
          <strong>{referral.reference}</strong>
        </Panel>
        <p className="govuk-body">
          The referral is now <StateTag state={referral.state} />
        </p>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          The Team Around the School will discuss the referral at its next triage meeting and decide how to support the
          family. You will see the decision on the referral’s page.
        </p>
        <p className="govuk-body">If the meeting needs more information, we will ask you for it.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.referral(referral.id)}>
            View the referral
          </Link>
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.referrals}>
            Go to your school’s referrals
          </Link>
        </p>
      </div>
    </div>
  )
}
