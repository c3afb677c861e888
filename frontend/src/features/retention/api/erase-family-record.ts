import { apiFetch } from '../../../lib/api/client'
import type { RetentionReview } from './types'

/** Erases the family's personal data; the version read guards against a decision someone made meanwhile. */
export function eraseFamilyRecord(id: string, version: number): Promise<RetentionReview> {
  return apiFetch<RetentionReview>(`/api/v1/retention/reviews/${encodeURIComponent(id)}/erasure`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ version }),
  })
}
