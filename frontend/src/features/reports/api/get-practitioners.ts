import { queryOptions } from '@tanstack/react-query'
import { getPractitioners } from '../../../lib/api/practitioners'
import { reportKeys } from './query-keys'

export const practitionersQueryOptions = () =>
  queryOptions({
    queryKey: reportKeys.practitioners(),
    queryFn: ({ signal }) => getPractitioners(signal),
    staleTime: 60 * 60_000,
  })
