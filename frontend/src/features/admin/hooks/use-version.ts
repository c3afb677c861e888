import { useState } from 'react'
import { ApiError } from '../../../lib/api/api-error'

/**
 * The version a change page sends: the one read when the page opened or, once the API has refused it as stale
 * (409) and the user has been told, the current one the API named.
 */
export function useVersion(read: number) {
  const [version, setVersion] = useState(read)
  const learnFrom = (error: unknown) => {
    const current = error instanceof ApiError && error.status === 409 ? error.problem?.currentVersion : undefined
    if (current !== undefined) setVersion(current)
  }
  return { version, learnFrom }
}
