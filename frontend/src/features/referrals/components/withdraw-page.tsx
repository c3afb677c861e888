import { Link, useNavigate } from 'react-router'
import { paths } from '../../../config/paths'
import { BackLink } from '../../../lib/govuk/back-link'
import { Button } from '../../../lib/govuk/button'
import { ErrorSummary } from '../../../lib/govuk/error-summary'
import { Textarea } from '../../../lib/govuk/textarea'
import { PageTitle } from '../../../lib/page-title'
import { useWithdrawReferral } from '../api/withdraw-referral'
import { useQuestionForm } from '../forms/use-question-form'
import { useRouteReferral } from '../hooks/use-route-referral'
import type { ReferralPageState } from './referral-page'

/** Withdrawing a referral before triage, with the reason the history will show. */
export function WithdrawPage() {
  const referral = useRouteReferral()
  const withdraw = useWithdrawReferral(referral.id)
  const navigate = useNavigate()
  const { form, summary, onSubmit, errorFor, busy } = useQuestionForm<{ reason: string }>({
    referralId: referral.id,
    defaultValues: { reason: '' },
  })
  const title = `Withdraw referral ${referral.reference}`

  const submit = onSubmit(async ({ reason }) => {
    await withdraw.mutateAsync({ reason: reason.trim() })
    const state: ReferralPageState = { success: 'The referral has been withdrawn' }
    await navigate(paths.referral(referral.id), { state })
  })

  return (
    <>
      <PageTitle>{summary.length > 0 ? `Error: ${title}` : title}</PageTitle>
      <BackLink to={paths.referral(referral.id)} />
      <div className="govuk-grid-row govuk-!-margin-top-4">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <form noValidate onSubmit={submit}>
            <span className="govuk-caption-l">{referral.reference}</span>
            <Textarea
              id="reason"
              label="Why are you withdrawing this referral?"
              labelSize="l"
              isPageHeading
              hint="The reason is kept in the referral’s history. The service will not discuss the referral."
              error={errorFor('reason')}
              {...form.register('reason')}
            />
            <div className="govuk-button-group">
              <Button type="submit" className="govuk-button--warning" disabled={busy}>
                Withdraw referral
              </Button>
              <Link className="govuk-link" to={paths.referral(referral.id)}>
                Cancel
              </Link>
            </div>
          </form>
        </div>
      </div>
    </>
  )
}
