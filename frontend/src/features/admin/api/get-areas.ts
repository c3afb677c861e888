import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { getAreas } from '../../../lib/api/areas'
import { adminKeys } from './query-keys'

export const areasQueryOptions = () =>
  queryOptions({
    queryKey: adminKeys.areas(),
    queryFn: ({ signal }) => getAreas(signal),
  })

/** The service's areas by name, each with its panel's cadence. */
export function useAreas() {
  return useSuspenseQuery(areasQueryOptions())
}
