import { expect, type APIRequestContext } from '@playwright/test'
import { KEYCLOAK_REALM_URL } from '../pages/keycloak-login-page'

/** A demo user's access token, from Keycloak's password grant on the scripts' client (demo realm only). */
export async function tokenFor(request: APIRequestContext, username: string): Promise<string> {
  const response = await request.post(`${KEYCLOAK_REALM_URL}protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'teamaround-cli', username, password: 'demo' },
  })
  expect(response.status(), await response.text()).toBe(200)
  return ((await response.json()) as { access_token: string }).access_token
}

export type SubmittedReferral = { id: string; reference: string }

/**
 * A complete referral from senco1's school (Northgate Primary, Pontefract), submitted through the API on the
 * SPA's origin: a child of 9 with SEMH as the primary need, not known to Early Help or Social Care. `overrides`
 * replaces whole top-level parts of the body (e.g. `needs`).
 */
export async function submitReferralAsSenco1(
  request: APIRequestContext,
  child: { firstName: string; lastName: string },
  overrides: Record<string, unknown> = {},
): Promise<SubmittedReferral> {
  const headers = { Authorization: `Bearer ${await tokenFor(request, 'senco1')}` }
  const created = await request.post('/api/v1/referrals', {
    headers,
    data: {
      schoolUrn: '100001',
      child: {
        ...child,
        dateOfBirth: '2017-03-14',
        gender: 'MALE',
        yearGroup: 4,
        senProvision: 'K',
        primaryNeed: 'SEMH',
      },
      carers: [{ name: 'Jo Example', relationship: 'Mother', phone: '07700 900123' }],
      needs: { tags: ['ANXIETY', 'SCHOOL_AVOIDANCE'], description: 'Finds mornings very hard.' },
      education: { attendancePercent: 82.5, suspensionsThisYear: 1, atRiskOfExclusion: false },
      schoolActions: 'Assess, plan, do, review since September.',
      knownTo: { earlyHelp: 'NO', socialCare: 'NO' },
      consent: { givenBy: 'Jo Example', givenOn: '2025-11-03', method: 'IN_PERSON', informationSharing: true },
      safeguardingConcern: false,
      ...overrides,
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { id, reference } = (await created.json()) as SubmittedReferral
  const submitted = await request.post(`/api/v1/referrals/${id}/submit`, { headers })
  expect(submitted.status(), await submitted.text()).toBe(200)
  return { id, reference }
}

/** A week from today: when the panel meets. */
export function nextWeek(): Date {
  const date = new Date()
  date.setDate(date.getDate() + 7)
  return date
}

export const OVERRIDE_REASON = 'Priya already knows the family from the school’s nurture group.'

/**
 * A case of practitioner1's, made through the API as the SPA would: senco1 refers the child, senior1's panel
 * accepts, senior1 allocates (beyond capacity, with a reason, when earlier runs have filled Priya's caseload).
 * Answers the case's id.
 */
export async function caseOfPractitioner1(
  request: APIRequestContext,
  child: { firstName: string; lastName: string },
): Promise<string> {
  const referral = await submitReferralAsSenco1(request, child)
  const headers = { Authorization: `Bearer ${await tokenFor(request, 'senior1')}` }
  const meeting = await request.post('/api/v1/triage/meetings', {
    headers,
    data: { date: nextWeek().toISOString().slice(0, 10), area: 'Pontefract', attendees: [] },
  })
  expect(meeting.status(), await meeting.text()).toBe(201)
  const { id: meetingId } = (await meeting.json()) as { id: string }
  const decision = await request.post(`/api/v1/triage/meetings/${meetingId}/decisions`, {
    headers,
    data: { referralId: referral.id, outcome: 'ACCEPT', rationale: 'SEMH needs.' },
  })
  expect(decision.status(), await decision.text()).toBe(201)
  const listed = await request.get('/api/v1/practitioners', { headers })
  expect(listed.status(), await listed.text()).toBe(200)
  const practitioners = (await listed.json()) as {
    id: string
    username: string
    caseload: number
    capacity: number
  }[]
  const priya = practitioners.find((practitioner) => practitioner.username === 'practitioner1')
  expect(priya, 'practitioner1 is a practitioner of the service').toBeDefined()
  const allocated = await request.post('/api/v1/allocations', {
    headers,
    data: {
      referralId: referral.id,
      practitionerId: priya!.id,
      ...(priya!.caseload >= priya!.capacity ? { overrideReason: OVERRIDE_REASON } : {}),
    },
  })
  expect(allocated.status(), await allocated.text()).toBe(201)
  return ((await allocated.json()) as { id: string }).id
}

/** practitioner1 closes their case through the API: the family disengaged, the child still at the same school. */
export async function closeCaseAsPractitioner1(request: APIRequestContext, caseId: string): Promise<void> {
  const headers = { Authorization: `Bearer ${await tokenFor(request, 'practitioner1')}` }
  const closed = await request.post(`/api/v1/cases/${caseId}/close`, {
    headers,
    data: {
      reason: 'DISENGAGED',
      outcomes: { placementKept: true, ehcNeedsAssessmentRequested: false, ehcpIssued: false },
    },
  })
  expect(closed.status(), await closed.text()).toBe(200)
}
