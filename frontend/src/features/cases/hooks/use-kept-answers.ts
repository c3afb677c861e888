import { useEffect, useState } from 'react'
import type { FieldValues, UseFormReturn } from 'react-hook-form'
import type { DeviceCopy } from '../forms/device-copy'
import { useLeaveWarning } from './use-leave-warning'

/** What a form recorded once (a review, a closure) starts with: the answers this device kept, or none. */
export function startingAnswers<V>(copy: DeviceCopy<V>, blank: V): { values: V; restored: boolean } {
  const kept = copy.read()
  return kept ? { values: kept, restored: true } : { values: blank, restored: false }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * A form recorded once, never saved as a draft on the server: what the user types is kept on this device as they
 * type (an ended session or a reload loses nothing), and leaving the page asks first, until `done` (recorded).
 * `copy` and `blank` must not change while the form is shown.
 */
export function useKeptAnswers<V extends FieldValues>(
  form: UseFormReturn<V>,
  copy: DeviceCopy<V>,
  blank: V,
  restored: boolean,
) {
  const [unsaved, setUnsaved] = useState(restored)
  const [keptOnDevice, setKeptOnDevice] = useState(true)
  useEffect(() => {
    const subscription = form.watch(() => {
      const values = form.getValues()
      if (same(values, blank)) {
        copy.drop()
        setUnsaved(false)
      } else {
        setUnsaved(true)
        setKeptOnDevice(copy.keep(values))
      }
    })
    return () => subscription.unsubscribe()
  }, [blank, copy, form])
  const leaving = useLeaveWarning(unsaved)
  return {
    keptOnDevice,
    leaving,
    /** The answers are recorded: forgotten on this device, and the page may be left. */
    done: () => {
      copy.drop()
      leaving.release()
    },
  }
}
