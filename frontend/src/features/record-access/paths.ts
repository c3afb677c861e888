import { paths } from '../../config/paths'

/** A referral's record access (a case's is one of the case's own pages, under `paths.case`). */
export const referralAccessPath = (referralId: string) => `${paths.referral(referralId)}/access`
