/** The query keys of the cases feature, so that a change invalidates exactly what it changed. */
export const caseKeys = {
  all: ['cases'] as const,
  lists: () => [...caseKeys.all, 'list'] as const,
  list: (practitionerId: string | undefined) => [...caseKeys.lists(), practitionerId ?? 'all'] as const,
  detail: (id: string) => [...caseKeys.all, 'detail', id] as const,
}
