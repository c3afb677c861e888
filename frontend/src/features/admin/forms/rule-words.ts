import type { EligibilityRule } from '../api/types'

export const AGE_RANGE = 'AGE_RANGE'

/** "5 to 11 years old", for the age range rule; nothing for the others. */
export function ageRange(rule: EligibilityRule): string | undefined {
  if (rule.code !== AGE_RANGE || rule.minAge === undefined || rule.maxAge === undefined) return undefined
  return `${rule.minAge} to ${rule.maxAge} years old`
}
