// How cases end: the reason, the child's situation against the referral (as Havering's outcomes: placement kept
// for ~98%, attendance up about six points), and the family's, child's and school's feedback.
import { chance, clamp, int, normal, oneDecimal, pick, weighted } from './random.mjs'
import { QUOTES } from './words/casework.mjs'

/** How a case ends; each but the last two follows a review that decides it (see casework.mjs). */
export const ENDINGS = { OUTCOMES_ACHIEVED: 78, STEPPED_DOWN: 10, STEPPED_UP: 4, DISENGAGED: 6, MOVED_AWAY: 2 }

/** The review decision each ending follows. */
export const ENDING_REVIEW = { OUTCOMES_ACHIEVED: 'CLOSE', STEPPED_DOWN: 'STEP_DOWN', STEPPED_UP: 'STEP_UP' }

const HEADLINES_BY_NEED = {
  DOMESTIC_ABUSE: 'SAFE_FROM_DOMESTIC_ABUSE', PARENTAL_MENTAL_HEALTH: 'MENTAL_AND_PHYSICAL_HEALTH',
  ANXIETY: 'MENTAL_AND_PHYSICAL_HEALTH', ATTACHMENT: 'FAMILY_RELATIONSHIPS', DYSREGULATION: 'FAMILY_RELATIONSHIPS',
  PEER_RELATIONSHIPS: 'FAMILY_RELATIONSHIPS', TRAUMA: 'SAFE_FROM_ABUSE_AND_EXPLOITATION',
}
const RATINGS = { 5: 60, 4: 30, 3: 8, 2: 2 }

/** Of the EHC needs assessments the service asks for, these (1-based) end with a plan issued before closure. */
const EHCPS_ISSUED = new Set([2, 5])

export class Endings {
  constructor() {
    this.ehcNeedsAssessments = 0
  }

  /** The closure request of a case whose referral was `request`, ending as `reason`. */
  request(reason, request) {
    const improved = reason === 'OUTCOMES_ACHIEVED' || reason === 'STEPPED_DOWN'
    const { attendancePercent, suspensionsThisYear, atRiskOfExclusion } = request.education
    const assessmentRequested = request.child.senProvision !== 'E' && chance(0.07)
    if (assessmentRequested) this.ehcNeedsAssessments++
    return {
      reason,
      ...(reason === 'MOVED_AWAY' ? { reasonDetail: 'The family moved to another local authority.' } : {}),
      outcomes: {
        placementKept: reason !== 'MOVED_AWAY',
        attendancePercentAfter: oneDecimal(clamp(attendancePercent + normal(improved ? 8 : -1, improved ? 5 : 4), 30, 100)),
        suspensionsAfter: int(0, improved ? Math.floor(suspensionsThisYear / 2) : suspensionsThisYear),
        atRiskOfExclusionAfter: atRiskOfExclusion ? chance(improved ? 0.15 : 0.6) : chance(0.02),
        ehcNeedsAssessmentRequested: assessmentRequested,
        ehcpIssued: assessmentRequested && EHCPS_ISSUED.has(this.ehcNeedsAssessments),
        supportingFamiliesHeadlinesMet: improved ? headlines(request.needs.tags) : [],
      },
      feedback: feedback(improved),
    }
  }
}

/** Getting a good education nearly always, and the headlines the family's needs point to. */
function headlines(tags) {
  const fromNeeds = [...new Set(tags.map((tag) => HEADLINES_BY_NEED[tag]).filter(Boolean))]
  const met = chance(0.9) ? ['GOOD_EDUCATION', ...fromNeeds] : fromNeeds
  return met.length > 0 ? met : ['FAMILY_RELATIONSHIPS']
}

/** Parents almost always answer, children and schools often; mostly 4s and 5s, some with a quote. */
function feedback(improved) {
  const answers = []
  const answer = (from, probability, quoteProbability) => {
    if (!chance(probability)) return
    const rating = Number(improved ? weighted(RATINGS) : weighted({ 4: 2, 3: 5, 2: 3 }))
    answers.push({ from, rating, ...(improved && chance(quoteProbability) ? { quote: pick(QUOTES[from]) } : {}) })
  }
  answer('PARENT', improved ? 0.9 : 0.4, 0.7)
  answer('CHILD', improved ? 0.5 : 0.1, 0.5)
  answer('SCHOOL', improved ? 0.6 : 0.5, 0.6)
  return answers
}
