import type { components } from '../../../lib/api/schema'

type Schemas = components['schemas']

/** A report's name in its address; school allocations show on the caseloads page. */
export type ReportName = 'funnel' | 'timeliness' | 'caseloads' | 'school-allocations' | 'outcomes'

export type Breakdown = 'area' | 'school' | 'needType' | 'practitioner' | 'month'

export type ReportUnit = Schemas['ReportUnit']
export type ReportFilters = Schemas['ReportFilters']
export type ReportMeasure = Schemas['ReportMeasure']
export type ReportFigure = Schemas['ReportFigure']
export type ReportRow = Schemas['ReportRow']
export type FeedbackQuote = Schemas['FeedbackQuote']
export type Report = Schemas['Report']
export type ReportRecord = Schemas['ReportRecord']
export type ReportRecordList = Schemas['ReportRecordList']

/** The school filter's choices. */
export type School = Schemas['School']
export type SchoolPage = Schemas['SchoolPage']
