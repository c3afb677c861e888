import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { accessFilters, filterErrors } from '../forms/access-filters'

/**
 * The history's filters from the address, and what is wrong with them: the same list between renders, so that the
 * page's error summary takes focus only when the errors change.
 */
export function useAccessFilters() {
  const [params] = useSearchParams()
  const { from, to, page } = accessFilters(params)
  const errors = useMemo(() => filterErrors({ from, to }), [from, to])
  return { filters: { from, to, page }, errors }
}
