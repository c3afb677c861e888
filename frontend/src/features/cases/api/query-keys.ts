/** The query keys of the cases feature, so that a change invalidates exactly what it changed. */
export const caseKeys = {
  all: ['cases'] as const,
  lists: () => [...caseKeys.all, 'list'] as const,
  list: (practitionerId: string | undefined) => [...caseKeys.lists(), practitionerId ?? 'all'] as const,
  detail: (id: string) => [...caseKeys.all, 'detail', id] as const,
  contacts: (id: string) => [...caseKeys.detail(id), 'contacts'] as const,
  assessment: (id: string) => [...caseKeys.detail(id), 'assessment'] as const,
  assessmentVersions: (id: string) => [...caseKeys.assessment(id), 'versions'] as const,
  plan: (id: string) => [...caseKeys.detail(id), 'plan'] as const,
  planVersions: (id: string) => [...caseKeys.plan(id), 'versions'] as const,
  reviews: (id: string) => [...caseKeys.detail(id), 'reviews'] as const,
  closure: (id: string) => [...caseKeys.detail(id), 'closure'] as const,
  closures: (id: string) => [...caseKeys.detail(id), 'closures'] as const,
  history: (id: string) => [...caseKeys.detail(id), 'history'] as const,
  /** The service's lists a plan, a review and a closure choose from. */
  interventions: () => [...caseKeys.all, 'interventions'] as const,
  outcomeScales: () => [...caseKeys.all, 'outcome-scales'] as const,
}
