import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { triageKeys } from './query-keys'
import type { TriageMeeting, TriageMeetingRequest } from './types'

export function createTriageMeeting(request: TriageMeetingRequest): Promise<TriageMeeting> {
  return apiFetch<TriageMeeting>('/api/v1/triage/meetings', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  })
}

/** Schedules a meeting chaired by the caller; the new meeting goes into the cache and the list is refreshed. */
export function useCreateTriageMeeting() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createTriageMeeting,
    onSuccess: (meeting) => {
      queryClient.setQueryData(triageKeys.meeting(meeting.id), meeting)
      return queryClient.invalidateQueries({ queryKey: triageKeys.meetings() })
    },
  })
}
