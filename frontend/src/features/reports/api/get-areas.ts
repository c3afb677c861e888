import { queryOptions } from '@tanstack/react-query'
import { getAreas } from '../../../lib/api/areas'
import { reportKeys } from './query-keys'

export const areasQueryOptions = () =>
  queryOptions({
    queryKey: reportKeys.areas(),
    queryFn: ({ signal }) => getAreas(signal),
    staleTime: 60 * 60_000,
  })
