import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { getPractitioners } from '../../../lib/api/practitioners'
import { recordAccessKeys } from './query-keys'

/** The practitioners' names, for the people the trail knows only by id and username. */
export const practitionersQueryOptions = () =>
  queryOptions({
    queryKey: recordAccessKeys.practitioners(),
    queryFn: ({ signal }) => getPractitioners(signal),
    staleTime: 60 * 60_000,
  })

export function usePractitioners() {
  return useSuspenseQuery(practitionersQueryOptions())
}
