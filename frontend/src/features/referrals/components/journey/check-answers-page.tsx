import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { paths } from '../../../../config/paths'
import { BackLink } from '../../../../lib/govuk/back-link'
import { Button } from '../../../../lib/govuk/button'
import { ErrorSummary, type ErrorItem } from '../../../../lib/govuk/error-summary'
import { PageTitle } from '../../../../lib/page-title'
import { useSubmitReferral } from '../../api/submit-referral'
import { problemErrors } from '../../forms/problem-errors'
import { stepPath } from '../../forms/steps'
import { useRouteReferral } from '../../hooks/use-route-referral'
import { ReferralAnswers } from '../answers/referral-answers'
import { ReferralMessages } from '../referral-messages'

/** Check your answers, then submit: a refusal (422) lists each missing answer, linked to its question. */
export function CheckAnswersPage() {
  const referral = useRouteReferral()
  const submit = useSubmitReferral(referral.id)
  const navigate = useNavigate()
  const [errors, setErrors] = useState<ErrorItem[]>([])
  const canSubmit = referral.allowedActions.includes('SUBMIT')
  const title = 'Check your answers before submitting the referral'

  const onSubmit = async () => {
    try {
      await submit.mutateAsync()
      await navigate(stepPath(referral.id, 'confirmation'))
    } catch (error) {
      setErrors(problemErrors(error, referral.id, undefined).summary)
    }
  }

  return (
    <>
      <PageTitle>{errors.length > 0 ? `Error: ${title}` : title}</PageTitle>
      <BackLink to={stepPath(referral.id, 'consent')} />
      <div className="govuk-grid-row govuk-!-margin-top-4">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <span className="govuk-caption-l">Refer a child – {referral.reference}</span>
          <h1 className="govuk-heading-l">{title}</h1>
          <ReferralMessages referral={referral} />
          <ReferralAnswers referral={referral} changeable={referral.allowedActions.includes('EDIT')} />
          {canSubmit ? (
            <>
              <h2 className="govuk-heading-m">Now submit the referral</h2>
              <p className="govuk-body">
                By submitting it you confirm that the answers are correct to the best of your knowledge, and that the
                parent or carer has agreed to the referral.
              </p>
              <div className="govuk-button-group">
                <Button onClick={() => void onSubmit()} disabled={submit.isPending}>
                  Submit referral
                </Button>
                <Link className="govuk-link" to={paths.referral(referral.id)}>
                  Come back to it later
                </Link>
              </div>
            </>
          ) : (
            <p className="govuk-body">This referral cannot be submitted now.</p>
          )}
        </div>
      </div>
    </>
  )
}
