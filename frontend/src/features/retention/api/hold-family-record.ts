import { apiFetch } from '../../../lib/api/client'
import type { RetentionHold, RetentionReview } from './types'

/** Keeps the record until a later day, with the reason; the sweep marks it due again then. */
export function holdFamilyRecord(id: string, hold: RetentionHold): Promise<RetentionReview> {
  return apiFetch<RetentionReview>(`/api/v1/retention/reviews/${encodeURIComponent(id)}/hold`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(hold),
  })
}
