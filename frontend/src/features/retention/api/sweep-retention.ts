import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { retentionKeys } from './query-keys'
import type { RetentionSweep } from './types'

export function sweepRetention(): Promise<RetentionSweep> {
  return apiFetch<RetentionSweep>('/api/v1/retention/sweeps', { method: 'POST' })
}

/** Marks the records past their retention date now, as the nightly job does; the lists refresh after it. */
export function useSweepRetention() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: sweepRetention,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: retentionKeys.all }),
  })
}
