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
 * SPA's origin: a child of 9 with SEMH as the primary need, not known to Early Help or Social Care.
 */
export async function submitReferralAsSenco1(
  request: APIRequestContext,
  child: { firstName: string; lastName: string },
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
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { id, reference } = (await created.json()) as SubmittedReferral
  const submitted = await request.post(`/api/v1/referrals/${id}/submit`, { headers })
  expect(submitted.status(), await submitted.text()).toBe(200)
  return { id, reference }
}
