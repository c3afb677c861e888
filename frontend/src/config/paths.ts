/** The SPA's addresses that more than one feature links to. */
export const paths = {
  home: '/',
  referrals: '/referrals',
  newReferral: '/referrals/new',
  referral: (id: string) => `/referrals/${encodeURIComponent(id)}`,
  triageMeetings: '/triage/meetings',
  newTriageMeeting: '/triage/meetings/new',
  triageMeeting: (id: string) => `/triage/meetings/${encodeURIComponent(id)}`,
  recordDecision: (meetingId: string, referralId: string) =>
    `/triage/meetings/${encodeURIComponent(meetingId)}/referrals/${encodeURIComponent(referralId)}/decision`,
} as const
