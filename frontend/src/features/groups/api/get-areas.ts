import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { getAreas } from '../../../lib/api/areas'
import { groupKeys } from './query-keys'

export const areasQueryOptions = () =>
  queryOptions({
    queryKey: groupKeys.areas(),
    queryFn: ({ signal }) => getAreas(signal),
    staleTime: 60 * 60_000,
  })

/** The service's areas by name: each runs its own groups. */
export function useAreas() {
  return useSuspenseQuery(areasQueryOptions())
}
