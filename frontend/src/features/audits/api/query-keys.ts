/** The query keys of the case audits feature, so that a change invalidates exactly what it changed. */
export const auditKeys = {
  all: ['audits'] as const,
  cycles: () => [...auditKeys.all, 'cycles'] as const,
  cycle: (id: string) => [...auditKeys.cycles(), id] as const,
  ofCase: (caseId: string) => [...auditKeys.all, 'case', caseId] as const,
}
