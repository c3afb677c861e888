import { paths } from '../../config/paths'
import type { RetentionState } from './api/types'

/** `?state=HELD&page=2`: what the address says beyond the records due and the first page. */
function query(state: RetentionState, page: number): string {
  const params = new URLSearchParams()
  if (state !== 'DUE') params.set('state', state)
  if (page > 1) params.set('page', String(page))
  return params.size > 0 ? `?${params.toString()}` : ''
}

const decision = (what: 'erase' | 'hold') => (id: string, page: number) =>
  `${paths.retention}/${encodeURIComponent(id)}/${what}${query('DUE', page)}`

/**
 * Retention's addresses: the records in one state, a page of them (from 1), and erasing or holding a record due,
 * which names the page of the records due that holds it (the API lists records; it does not answer one alone).
 */
export const retentionPaths = {
  list: (state: RetentionState = 'DUE', page = 1) => `${paths.retention}${query(state, page)}`,
  erase: decision('erase'),
  hold: decision('hold'),
} as const
