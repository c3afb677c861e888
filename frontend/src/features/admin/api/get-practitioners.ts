import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { getPractitioners } from '../../../lib/api/practitioners'
import { adminKeys } from './query-keys'

export const practitionersQueryOptions = () =>
  queryOptions({
    queryKey: adminKeys.practitioners(),
    queryFn: ({ signal }) => getPractitioners(signal),
  })

/** The practitioners the sign-in service knows, with their area, open cases and capacity. */
export function usePractitioners() {
  return useSuspenseQuery(practitionersQueryOptions())
}
