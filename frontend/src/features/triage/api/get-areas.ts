import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { getAreas } from '../../../lib/api/areas'
import { triageKeys } from './query-keys'

export const areasQueryOptions = () =>
  queryOptions({
    queryKey: triageKeys.areas(),
    queryFn: ({ signal }) => getAreas(signal),
    staleTime: 60 * 60_000,
  })

/** The service's areas by name, each with its own panel and the panel's cadence. */
export function useAreas() {
  return useSuspenseQuery(areasQueryOptions())
}
