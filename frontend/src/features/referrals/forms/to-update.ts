import type { Referral, ReferralRequest, ReferralUpdate } from '../api/types'

/**
 * The whole draft as a PUT body, with one page's answers in place: every answer already saved is sent
 * again, only the request's own fields (the API refuses unknown ones), at the version it was read.
 */
export function toUpdate(referral: Referral, answers: Partial<ReferralRequest>): ReferralUpdate {
  const child = referral.child ? withoutUpnTemporary(referral.child) : referral.child
  return {
    schoolUrn: referral.schoolUrn,
    child,
    siblings: referral.siblings,
    carers: referral.carers,
    needs: referral.needs,
    education: referral.education,
    schoolActions: referral.schoolActions,
    knownTo: referral.knownTo,
    consent: referral.consent,
    safeguardingConcern: referral.safeguardingConcern,
    ...answers,
    version: referral.version,
  }
}

function withoutUpnTemporary(child: NonNullable<Referral['child']>): ReferralRequest['child'] {
  const { upnTemporary: _derived, ...answers } = child
  return answers
}

/** A text answer as the API takes it: trimmed, and left out when blank. */
export function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim() ?? ''
  return trimmed === '' ? undefined : trimmed
}

/** A yes/no radio's answer: 'yes', 'no' or unanswered. */
export function yesNo(value: string | undefined): boolean | undefined {
  return value === 'yes' ? true : value === 'no' ? false : undefined
}

export function yesNoValue(value: boolean | null | undefined): '' | 'yes' | 'no' {
  return value === true ? 'yes' : value === false ? 'no' : ''
}
