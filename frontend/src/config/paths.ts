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
  allocationQueue: '/allocations',
  allocate: (referralId: string) => `/allocations/${encodeURIComponent(referralId)}`,
  practitioners: '/practitioners',
  cases: '/cases',
  practitionerCases: (practitionerId: string) => `/cases?practitioner=${encodeURIComponent(practitionerId)}`,
  case: (id: string) => `/cases/${encodeURIComponent(id)}`,
  casePartners: (id: string) => `/cases/${encodeURIComponent(id)}/partners`,
  overdueReviews: '/reviews/overdue',
  auditCycles: '/audits',
  groups: '/groups',
  reports: '/reports',
  admin: '/admin',
} as const
