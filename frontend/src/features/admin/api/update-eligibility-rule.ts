import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ApiError } from '../../../lib/api/api-error'
import { apiFetch } from '../../../lib/api/client'
import { adminKeys } from './query-keys'
import type { EligibilityRule, EligibilityRuleUpdate } from './types'

export function updateEligibilityRule(code: string, update: EligibilityRuleUpdate): Promise<EligibilityRule> {
  return apiFetch<EligibilityRule>(`/api/v1/eligibility-rules/${encodeURIComponent(code)}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(update),
  })
}

/**
 * Changes a rule with the version it was read at; the rules are read again after a change and after a stale
 * version (409), so the page shows what someone else saved.
 */
export function useUpdateEligibilityRule(code: string) {
  const queryClient = useQueryClient()
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: adminKeys.eligibilityRules() }),
      queryClient.invalidateQueries({ queryKey: adminKeys.configChanges() }),
    ])
  return useMutation({
    mutationFn: (update: EligibilityRuleUpdate) => updateEligibilityRule(code, update),
    onSuccess: refresh,
    onError: (error) => (error instanceof ApiError && error.status === 409 ? refresh() : undefined),
  })
}
