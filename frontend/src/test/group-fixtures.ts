import type { Area, CaseGroup, Group, GroupMember, GroupSummary } from '../features/groups/api/types'
import { CASE_ID } from './allocation-fixtures'

export const GROUP_ID = '9a0b0000-0000-4000-8000-000000000001'
export const SECOND_CASE_ID = '5c3e2d10-0000-4000-8000-000000000002'

export const areas: Area[] = [
  {
    id: 'a7ea0000-0000-4000-8000-000000000001',
    name: 'Castleford',
    triageCadence: { everyWeeks: 2, weekday: 'FRIDAY' },
    version: 0,
  },
  {
    id: 'a7ea0000-0000-4000-8000-000000000002',
    name: 'Pontefract',
    triageCadence: { everyWeeks: 1, weekday: 'MONDAY' },
    version: 0,
  },
]

/** Child1's case, Priya Shah's, on a group's register. */
export function member(overrides: Partial<GroupMember> = {}): GroupMember {
  return {
    caseId: CASE_ID,
    reference: 'TA-2026-000001',
    childName: 'Child1 Example',
    practitionerName: 'Priya Shah',
    attended: 0,
    ...overrides,
  }
}

/** Child2's case, Tom Walsh's, on a group's register. */
export function secondMember(overrides: Partial<GroupMember> = {}): GroupMember {
  return member({
    caseId: SECOND_CASE_ID,
    reference: 'TA-2026-000002',
    childName: 'Child2 Example',
    practitionerName: 'Tom Walsh',
    ...overrides,
  })
}

/** Pontefract's parents' group for Autumn 2 2026/27, set up by Priya Shah, with Child1's family and no sessions. */
export function group(overrides: Partial<Group> = {}): Group {
  return {
    id: GROUP_ID,
    name: 'Pontefract parents’ group',
    kind: 'PARENT',
    areaId: areas[1]!.id,
    areaName: 'Pontefract',
    schoolYear: '2026/27',
    halfTerm: 'AUTUMN_2',
    createdByName: 'Priya Shah',
    members: [member()],
    sessions: [],
    ...overrides,
  }
}

export function groupSummary(overrides: Partial<GroupSummary> = {}): GroupSummary {
  return {
    id: GROUP_ID,
    name: 'Pontefract parents’ group',
    kind: 'PARENT',
    areaName: 'Pontefract',
    schoolYear: '2026/27',
    halfTerm: 'AUTUMN_2',
    members: 1,
    sessions: 0,
    ...overrides,
  }
}

export function caseGroup(overrides: Partial<CaseGroup> = {}): CaseGroup {
  return {
    groupId: GROUP_ID,
    name: 'Pontefract parents’ group',
    kind: 'PARENT',
    schoolYear: '2026/27',
    halfTerm: 'AUTUMN_2',
    sessionsHeld: 1,
    sessionsAttended: 1,
    ...overrides,
  }
}
