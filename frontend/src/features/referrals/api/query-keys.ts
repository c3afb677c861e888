import type { ReferralFilters } from './get-referrals'

/** The query keys of the referrals feature, so that a mutation invalidates exactly what it changed. */
export const referralKeys = {
  all: ['referrals'] as const,
  lists: () => [...referralKeys.all, 'list'] as const,
  list: (filters: ReferralFilters) => [...referralKeys.lists(), filters] as const,
  detail: (id: string) => [...referralKeys.all, 'detail', id] as const,
  needTags: () => ['need-tags'] as const,
}
