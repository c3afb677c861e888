import { useState, type ReactNode } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { paths } from '../../../config/paths'
import { BackLink } from '../../../lib/govuk/back-link'
import { Button } from '../../../lib/govuk/button'
import { ButtonLink } from '../../../lib/govuk/button-link'
import { ErrorSummary, type ErrorItem } from '../../../lib/govuk/error-summary'
import { NotificationBanner } from '../../../lib/govuk/notification-banner'
import { SummaryList } from '../../../lib/govuk/summary-list'
import { PageTitle } from '../../../lib/page-title'
import { useSubmitReferral } from '../api/submit-referral'
import type { Referral } from '../api/types'
import { formatDateTime } from '../../../lib/dates'
import { problemErrors } from '../forms/problem-errors'
import { resumePath, stepPath } from '../forms/steps'
import { useRouteReferral } from '../hooks/use-route-referral'
import { ReferralAnswers } from './answers/referral-answers'
import { ReferralDecision } from './referral-decision'
import { ReferralHistory } from './referral-history'
import { ReferralMessages } from './referral-messages'
import { SafeguardingTag, StateTag } from './state-tag'

/** Where a page can leave a one-off message for the referral's page (e.g. after a withdrawal). */
export type ReferralPageState = { success?: string }

/**
 * One referral: where it is, what may be done next, every answer and its history; `children` is what other features
 * add under its actions (a senior's link to who has looked at the record).
 */
export function ReferralPage({ children }: { children?: ReactNode }) {
  const referral = useRouteReferral()
  const success = (useLocation().state as ReferralPageState | null)?.success
  const [errors, setErrors] = useState<ErrorItem[]>([])
  const name = [referral.child?.firstName, referral.child?.lastName].filter(Boolean).join(' ') || 'Child not named yet'
  const title = `Referral ${referral.reference}`

  return (
    <>
      <PageTitle>{errors.length > 0 ? `Error: ${title}` : title}</PageTitle>
      <BackLink to={paths.referrals}>Back to referrals</BackLink>
      <div className="govuk-grid-row govuk-!-margin-top-4">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          {success && (
            <NotificationBanner success>
              <p className="govuk-notification-banner__heading">{success}</p>
            </NotificationBanner>
          )}
          <span className="govuk-caption-l">{name}</span>
          <h1 className="govuk-heading-l">{title}</h1>
          <p className="govuk-body app-tags">
            <StateTag state={referral.state} />
            {referral.safeguardingNeedsAttention && <SafeguardingTag />}
          </p>
          <SummaryList rows={overviewRows(referral)} />
          {referral.decision && <ReferralDecision decision={referral.decision} />}
          <ReferralMessages referral={referral} />
          <Actions referral={referral} onErrors={setErrors} />
          {children}
          <ReferralAnswers referral={referral} changeable={false} />
          <ReferralHistory history={referral.history} />
        </div>
      </div>
    </>
  )
}

function overviewRows(referral: Referral) {
  return [
    { key: 'School', value: referral.schoolName ?? referral.schoolUrn },
    { key: 'Started by', value: `${referral.createdBy.name} on ${formatDateTime(referral.createdAt)}` },
    { key: 'Submitted', value: referral.submittedAt ? formatDateTime(referral.submittedAt) : 'Not yet' },
  ]
}

/** A button for each action the API allows now, and nothing else. */
function Actions({ referral, onErrors }: { referral: Referral; onErrors: (errors: ErrorItem[]) => void }) {
  const submit = useSubmitReferral(referral.id)
  const navigate = useNavigate()
  const allowed = new Set(referral.allowedActions)
  if (allowed.size === 0) return null

  const onSubmit = async () => {
    try {
      await submit.mutateAsync()
      await navigate(stepPath(referral.id, 'confirmation'))
    } catch (error) {
      onErrors(problemErrors(error, referral.id, undefined).summary)
    }
  }

  return (
    <div className="govuk-button-group">
      {allowed.has('EDIT') && <ButtonLink to={resumePath(referral)}>Continue editing</ButtonLink>}
      {allowed.has('SUBMIT') && (
        <Button
          className={allowed.has('EDIT') ? 'govuk-button--secondary' : undefined}
          onClick={() => void onSubmit()}
          disabled={submit.isPending}
        >
          Submit referral
        </Button>
      )}
      {allowed.has('WITHDRAW') && (
        <ButtonLink to={stepPath(referral.id, 'withdraw')} variant="warning">
          Withdraw referral
        </ButtonLink>
      )}
    </div>
  )
}
