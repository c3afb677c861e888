import type { FieldNaming } from '../../../lib/forms/api-problem'
import { sentence } from '../../../lib/forms/error-text'
import { isAtCapacity } from '../api/get-practitioners'
import type { AllocationRequest, Practitioner } from '../api/types'

/** The "Allocate" form's answers: who, and why beyond capacity when they are full. */
export type AllocationAnswers = { practitionerId: string; overrideReason: string }

export const NO_ANSWERS: AllocationAnswers = { practitionerId: '', overrideReason: '' }

/** The reason goes only with a practitioner at capacity (one left in a hidden question is not sent). */
export function toAllocationRequest(
  referralId: string,
  answers: AllocationAnswers,
  practitioner: Practitioner | undefined,
): AllocationRequest {
  const request: AllocationRequest = { referralId, practitionerId: answers.practitionerId }
  const reason = answers.overrideReason.trim()
  if (practitioner && isAtCapacity(practitioner) && reason !== '') request.overrideReason = reason
  return request
}

/** The form's questions, named as the API names its fields. */
const LABELS: Record<string, string> = {
  referralId: 'Referral',
  practitionerId: 'Family practitioner',
  overrideReason: 'Reason for allocating beyond capacity',
}

export const allocationFieldNaming: FieldNaming = {
  text: (field, message) => sentence(LABELS[field] ?? field, message),
  id: (field) => field,
  name: (field) => field,
}
