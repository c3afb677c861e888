import { initAll } from 'govuk-frontend'
import { useEffect, useRef } from 'react'

/**
 * Starts govuk-frontend's JavaScript (skip link focus, menu toggles, buttons) for the elements
 * rendered inside the returned ref. A second start of the same element (React's StrictMode
 * mounts twice in development) is refused by govuk-frontend with an InitError, which is harmless.
 */
export function useGovukFrontend<T extends HTMLElement>() {
  const scope = useRef<T>(null)
  useEffect(() => {
    if (scope.current) {
      initAll({
        scope: scope.current,
        onError: (error) => {
          if (!(error instanceof Error && error.name === 'InitError')) console.error(error)
        },
      })
    }
  }, [])
  return scope
}
