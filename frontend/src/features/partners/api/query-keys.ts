/** The query keys of the partners feature, so that a change invalidates exactly what it changed. */
export const partnerKeys = {
  /** The partner users (the triage feature reads the same list under the same key). */
  directory: () => ['partners'] as const,
  invitations: (caseId: string) => ['case-invitations', caseId] as const,
  contributions: (caseId: string) => ['case-contributions', caseId] as const,
  invitedCases: () => ['invited-cases'] as const,
  invitedCase: (caseId: string) => [...partnerKeys.invitedCases(), caseId] as const,
  plan: (caseId: string) => [...partnerKeys.invitedCase(caseId), 'plan'] as const,
}
