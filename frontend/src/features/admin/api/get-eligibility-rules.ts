import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { adminKeys } from './query-keys'
import type { EligibilityRule } from './types'

export function getEligibilityRules(signal?: AbortSignal): Promise<EligibilityRule[]> {
  return apiFetch<EligibilityRule[]>('/api/v1/eligibility-rules', { signal: signal ?? null })
}

export const eligibilityRulesQueryOptions = () =>
  queryOptions({
    queryKey: adminKeys.eligibilityRules(),
    queryFn: ({ signal }) => getEligibilityRules(signal),
  })

/** The rules the panel sees checked for each referral, by code, switched on or not. */
export function useEligibilityRules() {
  return useSuspenseQuery(eligibilityRulesQueryOptions())
}
