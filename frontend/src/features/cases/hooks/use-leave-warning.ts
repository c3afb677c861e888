import { useEffect, useRef, useState } from 'react'
import { useBlocker } from 'react-router'
import type { SaveResult } from './use-autosaved-draft'

/**
 * While there are unsaved changes: the browser asks before the page is closed or reloaded, and leaving for another
 * page of the service first saves them (`saveFirst`, for a record that saves as it is written); when that fails, or
 * for a form that is only ever recorded whole, the user is asked whether to leave.
 */
export function useLeaveWarning(unsaved: boolean, saveFirst?: () => Promise<SaveResult>) {
  useEffect(() => {
    if (!unsaved) return
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      // Browsers before the standard preventDefault() ask only when a return value is set.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [unsaved])

  // Read when a navigation starts, which may be before the page has rendered what was just recorded.
  const released = useRef(false)
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      !released.current && unsaved && currentLocation.pathname !== nextLocation.pathname,
  )
  const [saveFailed, setSaveFailed] = useState(false)
  const blocked = blocker.state === 'blocked'
  useEffect(() => {
    if (!blocked || !saveFirst) return
    let answered = false
    void saveFirst().then((result) => {
      if (answered) return
      if (result.saved) blocker.proceed?.()
      else setSaveFailed(true)
    })
    return () => {
      answered = true
    }
    // The blocker object changes as it moves on: what starts a save is its becoming blocked.
  }, [blocked, saveFirst])

  return {
    /** Leaving was asked for and the changes are not saved: the user chooses. */
    asking: blocked && (!saveFirst || saveFailed),
    leave: () => {
      setSaveFailed(false)
      blocker.proceed?.()
    },
    stay: () => {
      setSaveFailed(false)
      blocker.reset?.()
    },
    /** What was written is saved or recorded: the page may be left without asking. */
    release: () => {
      released.current = true
    },
  }
}
