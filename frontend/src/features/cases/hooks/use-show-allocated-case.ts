import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { paths } from '../../../config/paths'
import { caseKeys } from '../api/query-keys'
import type { Case } from '../api/types'
import { formatDayOfWeek } from '../components/case-words'
import type { CasePageState } from '../components/case-frame'

/** Opens a case just allocated, saying to whom and when the first contact is due; the case lists refresh. */
export function useShowAllocatedCase() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return async (allocated: Case) => {
    queryClient.setQueryData(caseKeys.detail(allocated.id), allocated)
    await queryClient.invalidateQueries({ queryKey: caseKeys.lists() })
    const state: CasePageState = {
      success: {
        heading: `Allocated to ${allocated.practitionerName}`,
        body: `First contact due by ${formatDayOfWeek(allocated.firstContactDue)}`,
      },
    }
    await navigate(paths.case(allocated.id), { state })
  }
}
