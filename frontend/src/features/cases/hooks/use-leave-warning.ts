import { useEffect, useState } from 'react'
import { useBlocker } from 'react-router'
import type { SaveResult } from './use-assessment-draft'

/**
 * While there are unsaved changes: the browser asks before the page is closed or reloaded, and leaving for another
 * page of the service first saves them; only when that fails is the user asked whether to leave.
 */
export function useLeaveWarning(unsaved: boolean, saveNow: () => Promise<SaveResult>) {
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

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => unsaved && currentLocation.pathname !== nextLocation.pathname,
  )
  const [saveFailed, setSaveFailed] = useState(false)
  const blocked = blocker.state === 'blocked'
  useEffect(() => {
    if (!blocked) return
    let answered = false
    void saveNow().then((result) => {
      if (answered) return
      if (result.saved) blocker.proceed?.()
      else setSaveFailed(true)
    })
    return () => {
      answered = true
    }
    // The blocker object changes as it moves on: what starts a save is its becoming blocked.
  }, [blocked, saveNow])

  return {
    /** Leaving was asked for and saving first failed: the user chooses. */
    asking: blocked && saveFailed,
    leave: () => {
      setSaveFailed(false)
      blocker.proceed?.()
    },
    stay: () => {
      setSaveFailed(false)
      blocker.reset?.()
    },
  }
}
