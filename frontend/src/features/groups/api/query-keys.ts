import type { GroupFilters } from './get-groups'

/** The query keys of the groups feature, so that a change invalidates exactly what it changed. */
export const groupKeys = {
  all: ['groups'] as const,
  lists: () => [...groupKeys.all, 'list'] as const,
  list: (filters: GroupFilters) => [...groupKeys.lists(), filters] as const,
  detail: (id: string) => [...groupKeys.all, 'detail', id] as const,
  ofCase: (caseId: string) => [...groupKeys.all, 'case', caseId] as const,
  /** The service's areas (the triage feature reads the same list under the same key). */
  areas: () => ['areas'] as const,
  /** The caller's cases (the cases feature reads the same list under the same key, and refreshes it). */
  cases: (practitionerId: string | undefined) => ['cases', 'list', practitionerId ?? 'all'] as const,
}
