import { useSuspenseQueries } from '@tanstack/react-query'
import { areasQueryOptions } from '../api/get-areas'
import { practitionersQueryOptions } from '../api/get-practitioners'
import { schoolsQueryOptions } from '../api/get-schools'

/** The areas, schools and practitioners the filters offer, fetched side by side. */
export function useFilterChoices() {
  const [areas, schools, practitioners] = useSuspenseQueries({
    queries: [areasQueryOptions(), schoolsQueryOptions(), practitionersQueryOptions()],
  })
  return { areas: areas.data, schools: schools.data, practitioners: practitioners.data }
}
