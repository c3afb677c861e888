import type { DecisionOutcome, DeclineReason, TriageDecisionRequest } from '../api/types'

/** The "Record decision" form's answers: every outcome's questions, of which only the chosen one's are sent. */
export type DecisionAnswers = {
  outcome: DecisionOutcome | ''
  rationale: string
  eligibilityOverrideReason: string
  services: string[]
  followUpBy: string
  declineReason: DeclineReason | ''
  infoRequested: string
}

export const NO_ANSWERS: DecisionAnswers = {
  outcome: '',
  rationale: '',
  eligibilityOverrideReason: '',
  services: [],
  followUpBy: '',
  declineReason: '',
  infoRequested: '',
}

const text = (value: string) => (value.trim() === '' ? undefined : value.trim())

/**
 * The request for the chosen outcome: the rationale and that outcome's own answers (what is left in the other
 * outcomes' hidden questions is not sent). Whether they are all there is the API's to say.
 */
export function toDecisionRequest(
  referralId: string,
  answers: DecisionAnswers & { outcome: DecisionOutcome },
  failsEligibility: boolean,
): TriageDecisionRequest {
  const request: TriageDecisionRequest = { referralId, outcome: answers.outcome, rationale: answers.rationale.trim() }
  switch (answers.outcome) {
    case 'ACCEPT':
      if (failsEligibility) request.eligibilityOverrideReason = text(answers.eligibilityOverrideReason)
      break
    case 'SIGNPOST':
      request.services = answers.services
      request.followUpBy = text(answers.followUpBy)
      break
    case 'DECLINE':
      if (answers.declineReason) request.declineReason = answers.declineReason
      break
    case 'REQUEST_INFO':
      request.infoRequested = text(answers.infoRequested)
      break
    default:
  }
  return request
}
