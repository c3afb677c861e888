import { paths } from '../../config/paths'

/** The partners feature's addresses: a case's partners (its tab, `paths.casePartners`) and a partner's own pages. */
export const partnerPaths = {
  invite: (caseId: string) => `${paths.casePartners(caseId)}/invite`,
  invitedCase: (caseId: string) => `/invited-cases/${encodeURIComponent(caseId)}`,
} as const
