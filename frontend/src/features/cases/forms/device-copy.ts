import { deviceKey } from '../../../lib/device-storage'

/** A copy of what the user wrote, kept in this browser's localStorage under one name until it is no longer needed. */
export type DeviceCopy<T> = {
  /** The copy kept, if there is one this version of the app can read. */
  read: () => T | undefined
  /** Keeps the copy; false when the browser would not (storage full or turned off). */
  keep: (value: T) => boolean
  drop: () => void
}

/**
 * A device copy under `name` (signing out forgets it with everything else the app keeps); `parse` takes what was
 * stored, of any shape an older version may have left, and answers it only when it can be used.
 */
export function deviceCopy<T>(name: string, parse: (stored: unknown) => T | undefined): DeviceCopy<T> {
  const key = deviceKey(name)
  return {
    read: () => {
      try {
        const stored = window.localStorage.getItem(key)
        return stored ? parse(JSON.parse(stored)) : undefined
      } catch {
        return undefined
      }
    },
    keep: (value) => {
      try {
        window.localStorage.setItem(key, JSON.stringify(value))
        return true
      } catch {
        return false
      }
    },
    drop: () => {
      try {
        window.localStorage.removeItem(key)
      } catch {
        // Nothing kept, nothing to remove.
      }
    },
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function isString(value: unknown): value is string {
  return typeof value === 'string'
}
