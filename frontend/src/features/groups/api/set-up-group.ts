import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { groupKeys } from './query-keys'
import type { Group, GroupRequest } from './types'

export function setUpGroup(request: GroupRequest): Promise<Group> {
  return apiFetch<Group>('/api/v1/groups', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  })
}

/** Sets up a group; it is known at once, and the lists of groups refresh. */
export function useSetUpGroup() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: setUpGroup,
    onSuccess: (group) => {
      queryClient.setQueryData(groupKeys.detail(group.id), group)
      return queryClient.invalidateQueries({ queryKey: groupKeys.lists() })
    },
  })
}
