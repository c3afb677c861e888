/** The query keys of the triage feature, so that a mutation invalidates exactly what it changed. */
export const triageKeys = {
  all: ['triage'] as const,
  meetings: () => [...triageKeys.all, 'meetings'] as const,
  meeting: (id: string) => [...triageKeys.all, 'meeting', id] as const,
  services: () => ['services'] as const,
  areas: () => ['areas'] as const,
  partners: () => ['partners'] as const,
}
