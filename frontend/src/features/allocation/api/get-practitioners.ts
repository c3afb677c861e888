import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { getPractitioners } from '../../../lib/api/practitioners'
import { allocationKeys } from './query-keys'
import type { Practitioner } from './types'

export const practitionersQueryOptions = () =>
  queryOptions({
    queryKey: allocationKeys.practitioners(),
    queryFn: ({ signal }) => getPractitioners(signal),
  })

/** The service's practitioners by name, each with their open cases against their capacity. */
export function usePractitioners() {
  return useSuspenseQuery(practitionersQueryOptions())
}

export function isAtCapacity(practitioner: Pick<Practitioner, 'caseload' | 'capacity'>): boolean {
  return practitioner.caseload >= practitioner.capacity
}
