import type { FeedbackQuote, Report } from '../features/reports/api/types'
import { practitioner1, practitioners } from './allocation-fixtures'
import { count, reportAnswer, type MeasureSpec } from './report-fixtures'

const TOM_WALSH = practitioners[2]!.id

const attribute = (key: string, label: string, total: number | null): MeasureSpec => ({
  key,
  label,
  unit: 'NUMBER',
  total,
  records: false,
})

/** Caseloads, always per practitioner: Priya Shah has room, Tom Walsh is full. */
export function caseloads(query: Record<string, string> = {}): Report {
  return reportAnswer({
    name: 'caseloads',
    title: 'Caseloads',
    query,
    by: 'practitioner',
    measures: [
      count('openCases', 'Open cases', 15),
      attribute('capacity', 'Capacity', 24),
      { key: 'capacityUsed', label: 'Capacity used', unit: 'PERCENT', total: 62.5 },
      count('allocated', 'Allocated', 6),
      count('closed', 'Closed', 1, { suppressed: true }),
    ],
    rows: [
      { key: practitioner1.id, label: 'Priya Shah', values: [3, 12, 25, 2, 1] },
      { key: TOM_WALSH, label: 'Tom Walsh', values: [12, 12, 100, 4, 0] },
    ],
  })
}

/** Allocations per school: Northgate had referrals, Castleford Park none. */
export function schoolAllocations(query: Record<string, string> = {}): Report {
  return reportAnswer({
    name: 'school-allocations',
    title: 'Allocations by school',
    query,
    by: 'school',
    measures: [
      count('received', 'Referrals received', 5),
      count('allocated', 'Allocated', 2),
      attribute('coreOffer', 'Core offer', 2),
      attribute('vulnerabilityScore', 'Vulnerability score', null),
    ],
    rows: [
      { key: '100001', label: 'Northgate Primary School', values: [5, 2, 1, 42.54] },
      { key: '100002', label: 'Castleford Park Junior School', values: [0, 0, 1, 30.1] },
    ],
  })
}

export const quotes: FeedbackQuote[] = [
  { source: 'PARENT', rating: 5, quote: 'We finally feel listened to.', closedOn: '2026-12-11' },
  { source: 'SCHOOL', closedOn: '2027-01-08' },
]

/** The outcomes of 20 closures. */
export function outcomes(query: Record<string, string> = {}): Report {
  return reportAnswer({
    name: 'outcomes',
    title: 'Outcomes',
    query,
    measures: [
      count('closures', 'Cases closed', 20),
      { key: 'placementKept', label: 'School placement kept', unit: 'PERCENT', total: 95 },
      { key: 'attendanceBefore', label: 'Attendance at referral (mean %)', unit: 'NUMBER', total: 81.25 },
      { key: 'attendanceAfter', label: 'Attendance at closure (mean %)', unit: 'NUMBER', total: 88.4 },
      count('suspensionsBefore', 'Suspensions before (this school year, at referral)', 14),
      count('suspensionsAfter', 'Suspensions during support', 5),
      count('exclusionRiskBefore', 'At risk of exclusion at referral', 6),
      count('exclusionRiskRemoved', 'Exclusion risk removed', 4, { suppressed: true }),
    ],
    quotes,
  })
}
