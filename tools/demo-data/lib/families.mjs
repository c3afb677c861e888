// A family as a school refers it: the child, brothers and sisters, parents or carers, needs, the impact on
// education, what the school has done, and the parent's consent.
import { addDays, schoolYearStart } from './calendar.mjs'
import { chance, clamp, int, normal, oneDecimal, pick, weighted } from './random.mjs'
import { ADULTS, CHILDREN, SURNAMES } from './words/names.mjs'
import { CONSENT_METHODS, NEED_PHRASES, NEED_TAGS, SCHOOL_ACTIONS } from './words/referral.mjs'

/** More boys than girls, and more in Years 5 and 6: what the Wakefield pilot saw. */
const GENDERS = { MALE: 62, FEMALE: 36, NOT_KNOWN: 2 }
const YEAR_GROUPS = { 0: 4, 1: 8, 2: 10, 3: 13, 4: 15, 5: 18, 6: 16 }
/** Brothers and sisters per family. */
export const SIBLINGS = { 0: 30, 1: 35, 2: 22, 3: 10, 4: 3 }
const OTHER_NEEDS = { SEMH: 88, ASD: 5, SLCN: 4, MLD: 3 }
const LANGUAGES = { English: 88, Polish: 4, Urdu: 3, Romanian: 2, Punjabi: 2, Lithuanian: 1 }
const FIRST_CARERS = { Mother: 70, Father: 14, Grandmother: 6, 'Foster carer': 4, Stepmother: 3, 'Special guardian': 3 }
const SECOND_CARERS = { Father: 6, Stepfather: 3, 'Mother\'s partner': 2, Grandfather: 1 }
const MALE_CARERS = new Set(['Father', 'Stepfather', 'Mother\'s partner', 'Grandfather'])

/**
 * The referral a school sends on `day` for a child at `school`. A pilot family is one the panel can take on: SEMH,
 * school age, not known to other services, no safeguarding alarm. `siblings` fixes how many brothers and sisters.
 */
export function referralFor(school, day, { pilot = false, siblings } = {}) {
  const surname = weighted(SURNAMES)
  const carers = carersOf(surname)
  const child = childOf(school, day, surname, pilot)
  const education = educationOf()
  return {
    schoolUrn: school.urn,
    child,
    siblings: Array.from({ length: siblings ?? Number(weighted(SIBLINGS)) }, () => siblingOf(child, surname, day)),
    carers,
    needs: needsOf(),
    education,
    schoolActions: pick(SCHOOL_ACTIONS),
    knownTo: pilot ? { earlyHelp: 'NO', socialCare: 'NO' }
      : { earlyHelp: weighted({ NO: 90, YES: 6, UNKNOWN: 4 }), socialCare: weighted({ NO: 95, YES: 3, UNKNOWN: 2 }) },
    consent: {
      givenBy: carers[0].name,
      givenOn: addDays(day, -int(0, 14)),
      method: weighted(CONSENT_METHODS),
      informationSharing: true,
    },
    safeguardingConcern: !pilot && chance(0.02),
  }
}

function childOf(school, day, surname, pilot) {
  const gender = weighted(GENDERS)
  const [youngest, oldest] = school.yearGroups
  // Reception children are four at the start of the year: the panel's age rule would refuse them.
  const years = Object.fromEntries(Object.entries(YEAR_GROUPS)
    .filter(([year]) => year >= (pilot ? Math.max(1, youngest) : youngest) && year <= oldest))
  const yearGroup = Number(weighted(years))
  const senProvision = weighted({ K: 60, N: 33, E: 7 })
  return {
    firstName: pick(CHILDREN[gender === 'FEMALE' || (gender === 'NOT_KNOWN' && chance(0.5)) ? 'female' : 'male']),
    lastName: surname,
    dateOfBirth: bornInYearGroup(yearGroup, day),
    gender,
    yearGroup,
    senProvision,
    primaryNeed: pilot ? 'SEMH' : weighted(OTHER_NEEDS),
    hasSupportPlan: senProvision !== 'N' && chance(0.8),
  }
}

/** A birthday that puts the child in `yearGroup` in the school year of `day` (born September to August). */
function bornInYearGroup(yearGroup, day) {
  const september = `${schoolYearStart(day) - yearGroup - 5}-09-01`
  return addDays(september, int(0, 364))
}

function siblingOf(child, surname, day) {
  const born = addDays(child.dateOfBirth, int(-8, 6) * 365 + int(-150, 150))
  const latest = addDays(day, -90)
  return {
    firstName: pick(CHILDREN[chance(0.5) ? 'female' : 'male']),
    lastName: chance(0.8) ? surname : weighted(SURNAMES),
    dateOfBirth: born < latest ? born : latest,
  }
}

function carersOf(surname) {
  const first = carer(weighted(FIRST_CARERS), surname)
  return chance(0.45) ? [first, carer(weighted(SECOND_CARERS), chance(0.7) ? surname : weighted(SURNAMES))] : [first]
}

function carer(relationship, surname) {
  const firstName = pick(ADULTS[MALE_CARERS.has(relationship) ? 'male' : 'female'])
  const preferredLanguage = weighted(LANGUAGES)
  const email = `${firstName}.${surname}`.toLowerCase().replace(/[^a-z.]/g, '')
  return {
    name: `${firstName} ${surname}`,
    relationship,
    phone: `07700 900${int(100, 999)}`,
    ...(chance(0.4) ? { email: `${email}@example.com` } : {}),
    preferredLanguage,
    interpreterNeeded: preferredLanguage !== 'English' && chance(0.4),
  }
}

function needsOf() {
  const tags = [...new Set(Array.from({ length: int(1, 3) }, () => weighted(NEED_TAGS)))]
  return { tags, description: tags.map((tag) => pick(NEED_PHRASES[tag])).join(' ') }
}

function educationOf() {
  const suspensionsThisYear = Number(weighted({ 0: 55, 1: 20, 2: 12, 3: 8, 4: 3, 6: 2 }))
  return {
    attendancePercent: oneDecimal(clamp(normal(84, 8), 45, 99)),
    suspensionsThisYear,
    atRiskOfExclusion: chance(suspensionsThisYear >= 2 ? 0.4 : 0.08),
  }
}
