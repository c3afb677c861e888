import { apiFetch } from './client'
import type { components } from './schema'

/** The service's areas by name, each with its panel's cadence (each feature caches them under its own key). */
export function getAreas(signal?: AbortSignal): Promise<components['schemas']['Area'][]> {
  return apiFetch('/api/v1/areas', { signal: signal ?? null })
}
