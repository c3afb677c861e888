import { apiFetch } from './client'
import type { components } from './schema'

/** The practitioners the sign-in service knows, with their area, open cases and capacity. */
export function getPractitioners(signal?: AbortSignal): Promise<components['schemas']['Practitioner'][]> {
  return apiFetch('/api/v1/practitioners', { signal: signal ?? null })
}
