import { accessToken } from '../auth/session'
import { toApiError } from './api-error'

/**
 * The one way the SPA calls its API (on its own origin, proxied to the backend): adds a fresh
 * bearer token, parses JSON, and turns a failure into an ApiError.
 */
export async function apiFetch<T>(path: `/api/${string}`, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers)
  headers.set('Accept', 'application/json, application/problem+json')
  headers.set('Authorization', `Bearer ${await accessToken()}`)

  const response = await fetch(path, { ...init, headers })
  if (!response.ok) {
    throw await toApiError(response)
  }
  return (response.status === 204 ? undefined : await response.json()) as T
}
