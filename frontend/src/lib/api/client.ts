import { accessToken } from '../auth/session'
import { toApiError } from './api-error'

/** A file the API answers (a CSV export): its content and the name its `Content-Disposition` gives it. */
export type ApiFile = { blob: Blob; fileName: string | undefined }

/**
 * The one way the SPA calls its API (on its own origin, proxied to the backend): adds a fresh
 * bearer token, parses JSON, and turns a failure into an ApiError.
 */
export async function apiFetch<T>(path: `/api/${string}`, init: RequestInit = {}): Promise<T> {
  const response = await send(path, init, 'application/json, application/problem+json')
  return (response.status === 204 ? undefined : await response.json()) as T
}

/** The same call for a file of the type `accept` names; a failure still comes back as problem+json. */
export async function apiFile(path: `/api/${string}`, accept: string, init: RequestInit = {}): Promise<ApiFile> {
  const response = await send(path, init, `${accept}, application/problem+json`)
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('Content-Disposition')) }
}

async function send(path: `/api/${string}`, init: RequestInit, accept: string): Promise<Response> {
  const headers = new Headers(init.headers)
  headers.set('Accept', accept)
  headers.set('Authorization', `Bearer ${await accessToken()}`)

  const response = await fetch(path, { ...init, headers })
  if (!response.ok) {
    throw await toApiError(response)
  }
  return response
}

/** `attachment; filename="a.csv"`, or RFC 6266's `filename*=UTF-8''a.csv` for a name beyond ASCII. */
function fileNameOf(disposition: string | null): string | undefined {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1]
  if (encoded) return decodeURIComponent(encoded)
  return /filename="?([^";]+)"?/i.exec(disposition ?? '')?.[1]
}
