import { useUpdateReferral } from '../api/update-referral'
import type { Referral, ReferralRequest } from '../api/types'
import { toUpdate } from '../forms/to-update'

/** Saves one page's answers into the draft (PUT with its version) and answers the saved referral. */
export function useSaveAnswers(referral: Referral) {
  const update = useUpdateReferral(referral.id)
  return (answers: Partial<ReferralRequest>): Promise<Referral> => update.mutateAsync(toUpdate(referral, answers))
}
