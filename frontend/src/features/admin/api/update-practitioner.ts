import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ApiError } from '../../../lib/api/api-error'
import { apiFetch } from '../../../lib/api/client'
import { adminKeys } from './query-keys'
import type { Practitioner, PractitionerUpdate } from './types'

export function updatePractitioner(id: string, update: PractitionerUpdate): Promise<Practitioner> {
  return apiFetch<Practitioner>(`/api/v1/practitioners/${encodeURIComponent(id)}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(update),
  })
}

/** Sets a practitioner's capacity and area; the practitioners are read again, also after a stale version (409). */
export function useUpdatePractitioner(id: string) {
  const queryClient = useQueryClient()
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: adminKeys.practitioners() }),
      queryClient.invalidateQueries({ queryKey: adminKeys.configChanges() }),
    ])
  return useMutation({
    mutationFn: (update: PractitionerUpdate) => updatePractitioner(id, update),
    onSuccess: refresh,
    onError: (error) => (error instanceof ApiError && error.status === 409 ? refresh() : undefined),
  })
}
