import { useMutation, useQueryClient } from '@tanstack/react-query'
import { retentionKeys } from './query-keys'
import type { RetentionReview } from './types'

/** Erasing or holding a record (`send`): it moves to another state's list, so every list refreshes after it. */
export function useDecision<T>(send: (value: T) => Promise<RetentionReview>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: retentionKeys.all }),
  })
}
