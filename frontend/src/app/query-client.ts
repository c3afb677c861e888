import { QueryClient } from '@tanstack/react-query'
import { ApiError } from '../lib/api/api-error'

/** Retries once what may pass (the backend restarting), never what the backend refused (4xx). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < 1 && !(error instanceof ApiError && error.status < 500),
      },
    },
  })
}
