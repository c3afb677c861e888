import { paths } from '../../config/paths'

/** The case audits' addresses: the cycles (`paths.auditCycles`), a cycle, and the grading of one sampled case. */
export const auditPaths = {
  cycles: paths.auditCycles,
  cycle: (cycleId: string) => `${paths.auditCycles}/${encodeURIComponent(cycleId)}`,
  grade: (cycleId: string, auditId: string) =>
    `${paths.auditCycles}/${encodeURIComponent(cycleId)}/cases/${encodeURIComponent(auditId)}`,
} as const
