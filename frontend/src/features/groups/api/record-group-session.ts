import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { groupKeys } from './query-keys'
import type { Group, GroupSessionRequest } from './types'

export function recordGroupSession(groupId: string, request: GroupSessionRequest): Promise<Group> {
  return apiFetch<Group>(`/api/v1/groups/${encodeURIComponent(groupId)}/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  })
}

/** Records a session and who attended; the group, the lists and every case's attendance refresh. */
export function useRecordGroupSession(groupId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (request: GroupSessionRequest) => recordGroupSession(groupId, request),
    onSuccess: (group) => {
      queryClient.setQueryData(groupKeys.detail(groupId), group)
      // Every member's sessions held went up, not only those of the members who attended.
      return queryClient.invalidateQueries({ queryKey: groupKeys.all })
    },
  })
}
