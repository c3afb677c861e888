import { Tag, type TagColour } from '../../../lib/govuk/tag'
import type { EligibilityResult } from '../api/types'

const MET: Record<EligibilityResult['met'], { text: string; colour: TagColour }> = {
  MET: { text: 'Met', colour: 'green' },
  NOT_MET: { text: 'Not met', colour: 'red' },
  UNKNOWN: { text: 'Not known', colour: 'grey' },
}

/** Each of the service's eligibility rules, checked on the day of the panel: met, not met, or not known. */
export function EligibilityList({ results }: { results: EligibilityResult[] }) {
  if (results.length === 0) return <>No eligibility rules are switched on</>
  return (
    <ul className="govuk-list app-eligibility" aria-label="Eligibility rules">
      {results.map((result) => (
        <li key={result.rule} className="app-eligibility__rule">
          <Tag colour={MET[result.met].colour}>{MET[result.met].text}</Tag>
          <span>
            <span className="govuk-visually-hidden">:</span> {result.label}
          </span>
        </li>
      ))}
    </ul>
  )
}

export function failsEligibility(results: EligibilityResult[]): boolean {
  return results.some((result) => result.met === 'NOT_MET')
}
