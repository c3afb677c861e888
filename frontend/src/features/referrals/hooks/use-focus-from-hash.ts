import { useEffect } from 'react'
import { useLocation } from 'react-router'
import { focusField } from '../../../lib/govuk/error-summary'

/** On arriving from an error link on another page (`…/child#child-upn`), focuses that field. */
export function useFocusFromHash() {
  const { hash } = useLocation()
  useEffect(() => {
    const input = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null
    if (input) focusField(input)
  }, [hash])
}
