import type { RetentionState } from './types'

/** The query keys of the retention feature: a sweep or a decision changes which records are in which state. */
export const retentionKeys = {
  all: ['retention'] as const,
  reviews: (state: RetentionState, page: number, size: number) => [...retentionKeys.all, state, page, size] as const,
}
