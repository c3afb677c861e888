// The load's self-check: Pontefract's pilot figures as the programme board reads them in the funnel report.
import { WORKING_CASELOAD } from './allocation.mjs'
import { PILOT } from './pilot.mjs'

const EXPECTED = {
  discussed: PILOT.discussed,
  accepted: PILOT.accepted,
  allocated: PILOT.accepted,
  signposted: PILOT.signposted,
  declined: 0,
  escalated: 0,
  childrenSupported: PILOT.discussed + PILOT.siblings,
}

/** Prints the pilot's figures against Wakefield's; answers whether they match. */
export async function checkPilot(service, areaId) {
  const senior = service.as('senior1')
  const figures = await fromReport(senior, areaId)
  console.log(`Pontefract, ${PILOT.from} to ${PILOT.to} (the funnel report):`)
  let ok = true
  for (const [measure, expected] of Object.entries(EXPECTED)) {
    const value = figures[measure] ?? 'none'
    const matches = value === expected
    ok &&= matches
    console.log(`  ${measure.padEnd(18)} ${String(value).padStart(4)}  ${matches ? 'as expected' : `EXPECTED ${expected}`}`)
  }
  return ok
}

async function fromReport(senior, areaId) {
  const report = await senior.get(`/api/v1/reports/funnel?from=${PILOT.from}&to=${PILOT.to}&areaId=${areaId}`)
  return Object.fromEntries(report.total.figures.map((figure) => [figure.measure, figure.value]))
}

/** What the service holds now, and whether every practitioner still has room (open cases within the working caseload). */
export async function summarise(service, startedAt) {
  const senior = service.as('senior1')
  const states = ['SUBMITTED', 'DEFERRED', 'INFO_REQUESTED', 'ACCEPTED', 'ALLOCATED', 'ACTIVE', 'CLOSED', 'SIGNPOSTED',
    'DECLINED', 'ESCALATED', 'WITHDRAWN']
  const counts = []
  let total = 0
  for (const state of states) {
    const found = (await senior.get(`/api/v1/referrals?size=1&state=${state}`)).total
    total += found
    counts.push(`${found} ${state.toLowerCase().replace('_', ' ')}`)
  }
  const meetings = (await senior.get('/api/v1/triage/meetings')).length
  const cases = await senior.get('/api/v1/cases')
  const closed = cases.filter((c) => c.closedOn).length
  const waiting = (await senior.get('/api/v1/allocations/queue?size=1')).total
  const practitioners = await senior.get('/api/v1/practitioners')
  const seconds = Math.round((Date.now() - startedAt) / 1000)
  console.log(`Demo data loaded in ${seconds} s (${service.calls} API calls):`)
  console.log(`  ${total} referrals: ${counts.join(', ')}`)
  console.log(`  ${meetings} panel meetings; ${cases.length} cases: ${cases.length - closed} open, ${closed} closed;`
    + ` ${waiting} waiting for allocation`)
  console.log(`  caseloads: ${practitioners.map((p) => `${p.name} ${p.caseload}/${p.capacity}`).join(', ')}`)
  return practitioners.every((practitioner) => practitioner.caseload <= WORKING_CASELOAD)
}
