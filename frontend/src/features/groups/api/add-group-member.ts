import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { groupKeys } from './query-keys'
import type { Group } from './types'

export function addGroupMember(groupId: string, caseId: string): Promise<Group> {
  return apiFetch<Group>(`/api/v1/groups/${encodeURIComponent(groupId)}/members`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ caseId }),
  })
}

/** Adds a case to the group's register; the group, the lists and the case's groups refresh. */
export function useAddGroupMember(groupId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (caseId: string) => addGroupMember(groupId, caseId),
    onSuccess: (group, caseId) => {
      queryClient.setQueryData(groupKeys.detail(groupId), group)
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: groupKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: groupKeys.ofCase(caseId) }),
      ])
    },
  })
}
