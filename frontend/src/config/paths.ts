/** The SPA's addresses that more than one feature links to. */
export const paths = {
  home: '/',
  referrals: '/referrals',
  newReferral: '/referrals/new',
  referral: (id: string) => `/referrals/${encodeURIComponent(id)}`,
} as const
