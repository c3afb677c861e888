// The local authority: its four areas with their panels' cadence, about sixty primary schools with their
// vulnerability figures, and the team that works the cases, set up through the admin API.
import { PARTNER_API } from './api.mjs'
import { clamp, normal, int, oneDecimal, weighted } from './random.mjs'

/** Each area's panel: fortnightly, from its first meeting in November 2024. */
const CADENCES = {
  Pontefract: { everyWeeks: 2, weekday: 'FRIDAY', startsOn: '2024-11-15' },
  Castleford: { everyWeeks: 2, weekday: 'FRIDAY', startsOn: '2024-11-22' },
  Airedale: { everyWeeks: 2, weekday: 'THURSDAY', startsOn: '2024-11-14' },
  Knottingley: { everyWeeks: 2, weekday: 'THURSDAY', startsOn: '2024-11-21' },
}

/** Who works each area's cases: Grace Obi covers Knottingley as well as Airedale. */
export const STAFF = {
  Pontefract: ['practitioner1', 'senior1'],
  Castleford: ['practitioner2'],
  Airedale: ['practitioner3'],
  Knottingley: ['practitioner3'],
}

/** Enough for the service's caseload; the loader itself keeps caseloads lower (see casework.mjs). */
const CAPACITY = 18

/** The places the new schools are named after, by area (the four existing schools are kept as they are). */
const PLACES = {
  Pontefract: ['Friarwood', 'Baghill', 'Tanshelf', 'Chequerfield', 'Carleton Green', 'Monkhill', 'Harewood Road',
    'Larkfield', 'Castle View', 'Spital Hardwick', 'Valley Gardens', 'Ropergate', 'Mill Dam', 'Priory', 'Skinner Lane'],
  Castleford: ['Smawthorne', 'Whitwood Lane', 'Glasshoughton', 'Wheldon Road', 'Hightown', 'Cutsyke', 'Redhill',
    'Fryston', 'Half Acres', 'Ferrybridge Road', 'Lock Lane', 'Three Lane Ends', 'Queens Park', 'Townville',
    'Methley Road'],
  Airedale: ['Beech Hill', 'Holywell Lane', 'Poplar Avenue', 'Fairfield', 'Elmhurst', 'Redwood', 'Kingsway',
    'Stansfield', 'Brook Lane', 'Oakfield Park', 'The Mount', 'Meadowcroft', 'Hillside'],
  Knottingley: ['Ropewalk', 'Womersley Road', 'Holes Lane', 'Weeland', 'Aire Street', 'Hill Top', 'Forge Lane',
    'Headlands', 'Marine Villa', 'Jubilee', 'Cow Lane', 'Willow Park', 'Ferrybridge'],
}

const KINDS = {
  'Primary School': 5, 'Junior and Infant School': 3, 'Primary Academy': 3, 'Church of England Primary School': 2,
  'Catholic Primary School': 1, 'Infant School': 1, 'Junior School': 1,
}

/** The schools a new service starts with: its migrations' (V1 and V4 of the backend's). */
const SEEDED_SCHOOLS = [
  { urn: '100001', name: 'Northgate Primary School', area: 'Pontefract', senPercent: 18.5 },
  { urn: '100002', name: 'Castleford Park Junior School', area: 'Castleford', senPercent: 24 },
  { urn: '100003', name: 'Airedale Infant School', area: 'Airedale', senPercent: 15 },
  { urn: '100004', name: 'Knottingley St Botolph\'s Academy', area: 'Knottingley', senPercent: 21 },
].map(({ senPercent, ...school }) => ({ ...school, phase: 'PRIMARY', vulnerability: { senPercent } }))

/** The schools whose SENCO refers through the SPA; every other school's referrals come from the partner system. */
const SENCOS = { 100001: 'senco1', 100002: 'senco2' }

export function referrerOf(urn) {
  return SENCOS[urn] ?? PARTNER_API
}

/** Sets the authority up as its admin would, and answers what the rest of the load needs to know about it. */
export async function setUpAuthority(service) {
  const admin = service.as('admin1')
  const areas = await admin.get('/api/v1/areas')
  for (const area of areas) {
    await admin.put(`/api/v1/areas/${encodeURIComponent(area.name)}`,
      { triageCadence: CADENCES[area.name], version: area.version })
  }
  const existing = (await admin.get('/api/v1/schools?size=200')).items
  const imported = await admin.postCsv('/api/v1/schools/import', csv([...existing, ...newSchools(existing.length)]))
  const schools = (await admin.get('/api/v1/schools?size=200')).items.map(withYearGroups)
  const practitioners = await setCapacities(admin)
  const senior = service.as('senior1')
  return {
    imported,
    areas: Object.fromEntries(areas.map((area) => [area.name, { ...area, cadence: CADENCES[area.name] }])),
    schools,
    practitioners,
    services: await senior.get('/api/v1/services'),
    partner: (await senior.get('/api/v1/partners')).find((partner) => partner.username === 'partner1'),
  }
}

/**
 * The authority as setUpAuthority leaves a new, empty service, worked out without one (for a dry run): the same
 * draws, and the areas and schools listed as the service lists them, by name (PostgreSQL's C.UTF-8 collation:
 * code point order, as JavaScript compares strings).
 */
export function authorityOnPaper() {
  const schools = [...SEEDED_SCHOOLS, ...newSchools(SEEDED_SCHOOLS.length)]
    .sort((a, b) => compare(a.name, b.name) || compare(a.urn, b.urn))
  const areas = Object.keys(CADENCES).sort().map((name) => [name, { name, cadence: CADENCES[name] }])
  // No practitioner: a dry run plays no case.
  return { areas: Object.fromEntries(areas), schools: schools.map(withYearGroups), practitioners: {} }
}

function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0
}

/** About sixty schools in all: 16 in Pontefract and Castleford, 14 in Airedale and Knottingley. */
function newSchools(existingCount) {
  let urn = 100000 + existingCount
  return Object.entries(PLACES).flatMap(([area, places]) => places.map((place) => ({
    urn: String(++urn),
    name: `${place} ${weighted(KINDS)}`,
    area,
    phase: 'PRIMARY',
    vulnerability: {
      senPercent: oneDecimal(clamp(normal(17, 5), 8, 32)),
      lookedAfter: int(0, 9),
      mobilityPercent: oneDecimal(clamp(normal(9, 4), 2, 25)),
      ealPercent: oneDecimal(clamp(normal(7, 6), 0.5, 40)),
    },
  })))
}

function csv(schools) {
  const rows = schools.map(({ urn, name, area, phase, vulnerability: v }) =>
    [urn, `"${name}"`, area, phase, v.senPercent, v.lookedAfter, v.mobilityPercent, v.ealPercent].join(','))
  return ['urn,name,area,phase,sen_percent,looked_after,mobility_percent,eal_percent', ...rows].join('\n')
}

/** Infant schools teach Reception to Year 2, junior schools Years 3 to 6, the others all seven years. */
function withYearGroups(school) {
  const infant = /Infant School$/.test(school.name) && !/Junior and Infant/.test(school.name)
  const junior = /Junior School$/.test(school.name)
  return { ...school, yearGroups: infant ? [0, 2] : junior ? [3, 6] : [0, 6] }
}

async function setCapacities(admin) {
  const practitioners = await admin.get('/api/v1/practitioners')
  const byUsername = {}
  for (const practitioner of practitioners) {
    byUsername[practitioner.username] = await admin.put(`/api/v1/practitioners/${practitioner.id}`,
      { capacity: CAPACITY, area: practitioner.area, version: practitioner.version })
  }
  return byUsername
}
