import { useSearchParams } from 'react-router'
import type { RetentionState } from '../api/types'

/** The records a page of the lists shows; the pages deciding on a record read the same page of the records due. */
export const PAGE_SIZE = 50

const STATES: readonly RetentionState[] = ['DUE', 'HELD', 'ERASED']

/** The state and page (from 1) the address asks for: the records due, first page, unless it says otherwise. */
export function useListAddress(): { state: RetentionState; page: number } {
  const [params] = useSearchParams()
  const state = STATES.find((known) => known === params.get('state')) ?? 'DUE'
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1)
  return { state, page }
}
