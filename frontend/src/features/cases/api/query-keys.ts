/** The query keys of the cases feature, so that a change invalidates exactly what it changed. */
export const caseKeys = {
  all: ['cases'] as const,
  lists: () => [...caseKeys.all, 'list'] as const,
  list: (practitionerId: string | undefined) => [...caseKeys.lists(), practitionerId ?? 'all'] as const,
  detail: (id: string) => [...caseKeys.all, 'detail', id] as const,
  contacts: (id: string) => [...caseKeys.detail(id), 'contacts'] as const,
  assessment: (id: string) => [...caseKeys.detail(id), 'assessment'] as const,
  assessmentVersions: (id: string) => [...caseKeys.assessment(id), 'versions'] as const,
}
