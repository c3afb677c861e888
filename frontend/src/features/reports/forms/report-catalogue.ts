import type { ReportPage } from '../paths'

/** The reports as the list and their pages name them; `breakdowns` when their rows can be chosen. */
export const REPORT_PAGES: Record<ReportPage, { title: string; about: string; breakdowns: boolean }> = {
  funnel: {
    title: 'Referral funnel',
    about:
      'Referrals received, discussed at triage, accepted, allocated, signposted, declined, escalated and withdrawn, ' +
      'and the children supported including their brothers and sisters.',
    breakdowns: true,
  },
  timeliness: {
    title: 'Timeliness',
    about:
      'First contacts within 5 working days, reviews held on time, days from referral to decision and to ' +
      'allocation, and the waiting list.',
    breakdowns: true,
  },
  caseloads: {
    title: 'Caseloads and school allocations',
    about:
      'Each practitioner’s open cases against their capacity, and each school’s allocations against the core ' +
      'offer and its vulnerability.',
    breakdowns: false,
  },
  outcomes: {
    title: 'Outcomes',
    about:
      'What changed for the children whose cases closed: school placement, attendance, suspensions, exclusion ' +
      'risk, EHC plans, case audit grades and families’ feedback.',
    breakdowns: true,
  },
}
