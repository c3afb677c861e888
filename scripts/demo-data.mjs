// Gives a new `make run` stack something to triage: submitted referrals from both demo schools, sent through
// the API as their SENCOs would send them. Does nothing when the service already has referrals.
// Usage: node scripts/demo-data.mjs [apiUrl] [keycloakUrl]
const api = process.argv[2] ?? 'http://localhost:8080'
const keycloak = process.argv[3] ?? 'http://localhost:8180'

async function tokenFor(username) {
  const response = await fetch(`${keycloak}/realms/teamaround/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'teamaround-cli', username, password: 'demo' }),
  })
  if (!response.ok) throw new Error(`token for ${username}: ${response.status} ${await response.text()}`)
  return (await response.json()).access_token
}

async function call(token, method, path, body) {
  const response = await fetch(`${api}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
  return response.json()
}

/** A referral as a school completes it; the children differ in what puts them higher or lower in the queue. */
function referral(schoolUrn, child, education, needs) {
  return {
    schoolUrn,
    child: { gender: 'NOT_KNOWN', senProvision: 'K', primaryNeed: 'SEMH', ...child },
    carers: [{ name: `Parent of ${child.firstName}`, relationship: 'Parent', phone: '07700 900000' }],
    needs,
    education,
    schoolActions: 'Assess, plan, do, review since September; nurture group twice a week.',
    knownTo: { earlyHelp: 'NO', socialCare: 'NO' },
    consent: {
      givenBy: `Parent of ${child.firstName}`,
      givenOn: new Date().toISOString().slice(0, 10),
      method: 'IN_PERSON',
      informationSharing: true,
    },
    safeguardingConcern: false,
  }
}

const demo = [
  ['senco1', referral('100001', { firstName: 'Amara', lastName: 'Okafor', dateOfBirth: '2017-05-09', yearGroup: 4 },
    { attendancePercent: 78.5, suspensionsThisYear: 2, atRiskOfExclusion: true },
    { tags: ['DYSREGULATION', 'SCHOOL_AVOIDANCE'], description: 'Outbursts at transitions; has left the classroom most days.' })],
  ['senco1', referral('100001', { firstName: 'Leo', lastName: 'Hartley', dateOfBirth: '2019-11-21', yearGroup: 2 },
    { attendancePercent: 91, suspensionsThisYear: 0, atRiskOfExclusion: false },
    { tags: ['ANXIETY'], description: 'Very anxious at drop-off since his parents separated.' })],
  ['senco2', referral('100002', { firstName: 'Maisie', lastName: 'Wood', dateOfBirth: '2016-02-14', yearGroup: 5 },
    { attendancePercent: 84, suspensionsThisYear: 1, atRiskOfExclusion: false },
    { tags: ['PEER_RELATIONSHIPS', 'BEREAVEMENT'], description: 'Withdrawn since her grandmother died; few friends.' })],
  ['senco2', referral('100002', { firstName: 'Kacper', lastName: 'Nowak', dateOfBirth: '2018-07-30', yearGroup: 3 },
    { attendancePercent: 88, suspensionsThisYear: 0, atRiskOfExclusion: false },
    { tags: ['ANXIETY', 'SCHOOL_AVOIDANCE'], description: 'Refuses to come in on Mondays; stomach aches.' })],
]

const senior = await tokenFor('senior1')
const existing = await call(senior, 'GET', '/api/v1/referrals?size=1')
if (existing.total > 0) {
  console.log(`Demo data: the service already has ${existing.total} referrals; none added.`)
} else {
  for (const [senco, body] of demo) {
    const token = await tokenFor(senco)
    const created = await call(token, 'POST', '/api/v1/referrals', body)
    await call(token, 'POST', `/api/v1/referrals/${created.id}/submit`)
    console.log(`Demo data: ${created.reference} ${body.child.firstName} ${body.child.lastName} submitted by ${senco}`)
  }
}
