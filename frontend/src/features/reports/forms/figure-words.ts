import type { ReportUnit } from '../api/types'

const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 })
const ONE_DECIMAL = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const UP_TO_ONE_DECIMAL = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 })

export const NO_DATA = 'No data'

/** A figure as the board reads it: 38, 87.5%, 12 days, 4.2; "No data" when there was nothing to compute it from. */
export function formatFigure(value: number | null | undefined, unit: ReportUnit): string {
  if (value === null || value === undefined) return NO_DATA
  switch (unit) {
    case 'COUNT':
      return WHOLE.format(value)
    case 'PERCENT':
      return `${ONE_DECIMAL.format(value)}%`
    case 'DAYS':
      return `${UP_TO_ONE_DECIMAL.format(value)} ${value === 1 ? 'day' : 'days'}`
    case 'NUMBER':
      return ONE_DECIMAL.format(value)
  }
}

export const SUPPRESSED_NOTE = '(fewer than 5 children: suppressed in exports)'

/** The breakdowns in words, as the filter offers them and a table's first column is headed. */
export const BREAKDOWNS: Record<string, string> = {
  area: 'Area',
  school: 'School',
  needType: 'Need type',
  practitioner: 'Practitioner',
  month: 'Month',
}

/** Who gave feedback at closure. */
export const FEEDBACK_SOURCES: Record<string, string> = {
  PARENT: 'Parent or carer',
  CHILD: 'Child',
  SCHOOL: 'School',
}
