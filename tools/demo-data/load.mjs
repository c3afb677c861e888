// Loads a demo service into an empty TeamAround: a generated but realistic local authority with two school years
// of referrals, panels, cases, reviews and closures, written through the ordinary API with the service's clock
// moved day by day (PUT /api/v1/demo/clock, on the run and test stacks only). Repeatable: a fixed seed.
// Usage: node tools/demo-data/load.mjs [apiUrl] [keycloakUrl]
//        node tools/demo-data/load.mjs --names-only FILE
// With DEMO_NAMES_FILE set, the load writes the names of everyone it creates to that file, for the log scan
// (tools/log-scan); --names-only writes the names a load into an empty service creates, and loads nothing.
import { Allocation } from './lib/allocation.mjs'
import { Service } from './lib/api.mjs'
import { authorityOnPaper, setUpAuthority } from './lib/authority.mjs'
import { addDays, min } from './lib/calendar.mjs'
import { Casework } from './lib/casework.mjs'
import { checkPilot, summarise } from './lib/check.mjs'
import { scheduleDemand } from './lib/demand.mjs'
import { Panel } from './lib/panel.mjs'
import { writeNames } from './lib/people.mjs'
import { PILOT, schedulePilot } from './lib/pilot.mjs'
import { Quality } from './lib/quality.mjs'
import { Referrals } from './lib/referrals.mjs'
import { Timeline } from './lib/timeline.mjs'

const args = process.argv.slice(2)
const namesOnly = args[0] === '--names-only'
const [apiUrl = 'http://localhost:8080', keycloakUrl = 'http://localhost:8180'] = namesOnly ? [] : args

/** The history ends with the referrals of 20 November 2026 (or yesterday, were that earlier). */
const END = min('2026-11-20', addDays(new Date().toISOString().slice(0, 10), -1))
/** The admin sets the authority up the week before the pilot starts. */
const SET_UP_ON = '2024-10-21T09:00:00Z'

const startedAt = Date.now()
const service = new Service(apiUrl, keycloakUrl)
if (namesOnly) {
  if (!args[1]) {
    console.error('Usage: node tools/demo-data/load.mjs --names-only FILE')
    process.exit(2)
  }
  // The same draws as a load, with no service to draw the authority from: a dry run.
  writeNamesOf(schedule(authorityOnPaper()).referrals, args[1])
  process.exit(0)
}
const existing = await service.as('senior1').get('/api/v1/referrals?size=1')
if (existing.total > 0) {
  console.log(`Demo data: the service already has data (${existing.total} referrals); nothing loaded.`)
  process.exit(0)
}
if (!(await service.readClock())) {
  console.error('Demo data: this service\'s clock cannot be moved (teamaround.demo.clock-control is off);'
    + ' load the demo into the run or test stack.')
  process.exit(1)
}

// Stopped by hand half-way, the service must not be left living in the past.
process.once('SIGINT', () => service.resetClock().finally(() => process.exit(130)))
let areaId
try {
  await service.moveClock(SET_UP_ON)
  const authority = await setUpAuthority(service)
  areaId = authority.areas[PILOT.area].id
  console.log(`Demo data: ${authority.schools.length} schools (${authority.imported.created} new); loading to ${END}`)
  await play(authority)
} finally {
  await service.resetClock()
}
const roomLeft = await summarise(service, startedAt)
const pilotAsWakefield = await checkPilot(service, areaId)
process.exit(roomLeft && pilotAsWakefield ? 0 : 1)

/** Plays the service's timeline, having written the names of everyone it creates when DEMO_NAMES_FILE asks. */
async function play(authority) {
  const { timeline, referrals, panel, allocation, quality } = schedule(authority)
  if (process.env.DEMO_NAMES_FILE) writeNamesOf(referrals, process.env.DEMO_NAMES_FILE)
  await timeline.play(service)
  console.log(`Demo data: ${timeline.days} days played, ${panel.meetings} panels, ${allocation.allocated} allocations,`
    + ` ${quality.cycles} audit cycles, ${quality.groups} parents' groups`)
}

/** Wires the service's people together on one timeline and schedules their events (drawing every family). */
function schedule(authority) {
  const timeline = new Timeline(END)
  const context = { service, timeline, authority }
  const referrals = new Referrals(service, timeline)
  const allocation = new Allocation({ ...context, onAllocated: (allocated) => casework.started(allocated) })
  const casework = new Casework({ ...context, allocation })
  const panel = new Panel({ ...context, referrals, onAccepted: (referral, day) => allocation.accepted(referral, day) })
  const quality = new Quality({ ...context, casework })

  schedulePilot({ referrals, authority })
  scheduleDemand({ referrals, authority, area: PILOT.area, from: addDays(PILOT.lastPanel, 1), to: END })
  for (const area of Object.keys(authority.areas)) {
    if (area !== PILOT.area) scheduleDemand({ referrals, authority, area, from: PILOT.from, to: END })
    panel.scheduleMeetings(area)
  }
  quality.scheduleAudits()
  quality.scheduleGroups()
  return { timeline, referrals, panel, allocation, quality }
}

function writeNamesOf(referrals, file) {
  console.log(`Demo data: ${writeNames(file, referrals.requested)} names written to ${file}`)
}
