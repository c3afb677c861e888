import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ApiError } from '../../../lib/api/api-error'
import { apiFetch } from '../../../lib/api/client'
import { adminKeys } from './query-keys'
import type { Area, AreaUpdate } from './types'

export function updateArea(name: string, update: AreaUpdate): Promise<Area> {
  return apiFetch<Area>(`/api/v1/areas/${encodeURIComponent(name)}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(update),
  })
}

/** Changes an area's triage cadence; the areas (and their proposed days) are read again, also after a 409. */
export function useUpdateArea(name: string) {
  const queryClient = useQueryClient()
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: adminKeys.areas() }),
      queryClient.invalidateQueries({ queryKey: adminKeys.configChanges() }),
    ])
  return useMutation({
    mutationFn: (update: AreaUpdate) => updateArea(name, update),
    onSuccess: refresh,
    onError: (error) => (error instanceof ApiError && error.status === 409 ? refresh() : undefined),
  })
}
