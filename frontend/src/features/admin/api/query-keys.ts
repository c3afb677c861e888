/**
 * The query keys of the service configuration, so that a change invalidates exactly what it changed. The areas
 * keep the key other features read them by, so a new cadence shows wherever areas are listed.
 */
export const adminKeys = {
  schools: () => ['schools'] as const,
  schoolsPage: (page: number, size: number) => [...adminKeys.schools(), 'list', { page, size }] as const,
  eligibilityRules: () => ['eligibility-rules'] as const,
  areas: () => ['areas'] as const,
  area: (name: string) => [...adminKeys.areas(), 'detail', name] as const,
  nextMeetings: (name: string) => [...adminKeys.areas(), 'next-meetings', name] as const,
  practitioners: () => ['practitioners'] as const,
  configChanges: () => ['config-changes'] as const,
  configChangesPage: (page: number, size: number) => [...adminKeys.configChanges(), { page, size }] as const,
}
