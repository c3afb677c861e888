import type { ReportName } from './types'

/** The reports feature's query keys: a report is one entry per name and query string. */
export const reportKeys = {
  all: ['reports'] as const,
  report: (name: ReportName, query: string) => [...reportKeys.all, name, query] as const,
  records: (name: string, query: string) => [...reportKeys.all, name, 'records', query] as const,
  areas: () => [...reportKeys.all, 'areas'] as const,
  schools: () => [...reportKeys.all, 'schools'] as const,
  practitioners: () => [...reportKeys.all, 'practitioners'] as const,
}
