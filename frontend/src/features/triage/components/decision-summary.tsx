import { formatDateTime } from '../../../lib/dates'
import { declineReasonName, outcomeName } from '../../../lib/decision-names'
import type { TriageDecision } from '../api/types'

/** What the panel decided and why, with what that decision carries (services, reason, what is needed). */
export function DecisionSummary({ decision }: { decision: TriageDecision }) {
  return (
    <>
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">{outcomeName(decision.outcome)}</p>
      {decision.services.length > 0 && (
        <>
          <p className="govuk-body govuk-!-margin-bottom-1">Services:</p>
          <ul className="govuk-list govuk-list--bullet">
            {decision.services.map((service) => (
              <li key={service.id}>{service.name}</li>
            ))}
          </ul>
        </>
      )}
      {decision.followUpBy && <Line label="Follow-up by">{decision.followUpBy}</Line>}
      {decision.declineReason && <Line label="Reason">{declineReasonName(decision.declineReason)}</Line>}
      {decision.infoRequested && <Line label="Information needed">{decision.infoRequested}</Line>}
      {decision.eligibilityOverridden && (
        <Line label="Accepted outside the eligibility rules">{decision.eligibilityOverrideReason ?? ''}</Line>
      )}
      <Line label="Rationale">{decision.rationale}</Line>
      <p className="govuk-body-s govuk-!-margin-bottom-0">
        Recorded by {decision.decidedBy} on {formatDateTime(decision.decidedAt)}
      </p>
    </>
  )
}

function Line({ label, children }: { label: string; children: string }) {
  return (
    <p className="govuk-body govuk-!-margin-bottom-2">
      {label}: {children}
    </p>
  )
}
