import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { adminKeys } from './query-keys'
import type { SchoolImportResult } from './types'

/** The file goes as it is, as CSV: all of it is imported, or (with each row's problems listed) none of it. */
export function importSchools(file: Blob): Promise<SchoolImportResult> {
  return apiFetch<SchoolImportResult>('/api/v1/schools/import', {
    method: 'POST',
    headers: { 'Content-Type': 'text/csv' },
    body: file,
  })
}

/** Imports a schools file; the schools and the configuration history are read again. */
export function useImportSchools() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: importSchools,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: adminKeys.schools() }),
        queryClient.invalidateQueries({ queryKey: adminKeys.configChanges() }),
      ]),
  })
}
