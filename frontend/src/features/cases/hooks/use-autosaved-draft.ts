import { useCallback, useEffect, useRef, useState } from 'react'
import type { FieldValues, Path, PathValue, UseFormReturn } from 'react-hook-form'
import { ApiError } from '../../../lib/api/api-error'
import { apiProblem, type FieldNaming } from '../../../lib/forms/api-problem'
import { isRecord, type DeviceCopy } from '../forms/device-copy'

/** While there are unsaved changes, they go to the server this often (and whenever a changed field loses focus). */
export const AUTOSAVE_INTERVAL_MS = 10_000

/** Why the latest changes are not on the server: the session ended, the server could not be reached, or it refused. */
export type SaveTrouble = { kind: 'signed-out' | 'unreachable' } | { kind: 'refused'; reasons: string[] }

/** `error` is undefined when nothing was sent: the draft waits for the user (a row to finish, a version to choose). */
export type SaveResult = { saved: true } | { saved: false; error: unknown }

/** A record as the server saved it, in the form's values. */
export type SavedDraft<V> = { values: V; version: number; updatedAt: string; updatedBy: string }

/** What this device keeps until the server has it: the values, and the server's values and version they build on. */
export type KeptDraft<V> = { values: V; base: V; baseVersion: number | null }

/**
 * Someone else saved first. `merged`: the form takes `values`, built on their version, and autosave goes on (or
 * waits for the user's next change, when `waitForChange`); `choose`: nothing changes until the user keeps their own
 * values or takes the other person's.
 */
export type Resolution<V, C> =
  { kind: 'merged'; values: V; clash: C; waitForChange: boolean } | { kind: 'choose'; clash: C }

/** How one kind of case record is kept on this device, compared, saved and reconciled with someone else's save. */
export type DraftRecord<V, C> = {
  copy: DeviceCopy<KeptDraft<V>>
  /** Whether two sets of values save as the same record. */
  same: (a: V, b: V) => boolean
  /** Values autosave may send; others (a half-written row) wait on this device for the user to finish them. */
  ready: (values: V) => boolean
  resolve: (base: V, mine: V, theirs: SavedDraft<V>) => Resolution<V, C>
  /** The user's values, kept over the other person's version, made to fit it (rows they removed are new again). */
  rebase?: (mine: V, theirs: SavedDraft<V>) => V
  naming: FieldNaming
  /** Sends the values with the version they build on (none for the first save); caches the server's answer. */
  save: (values: V, version: number | undefined) => Promise<SavedDraft<V>>
  /** After a save: what the form takes from the answer besides its version (the ids of new rows). */
  adopt?: (saved: SavedDraft<V>, sent: V) => void
  /** The server's record now; null once it can no longer change (completed, or the case closed). */
  latest: () => Promise<SavedDraft<V> | null>
  /** After a refusal other than a stale version (the case closed meanwhile): refreshes what the page shows. */
  onConflict: () => Promise<unknown>
}

/** What the form starts with. */
export type StartingDraft<V, C> = {
  values: V
  /** The server's values and version, which the next save builds on. */
  base: V
  version: number | undefined
  savedAt: string | undefined
  /** Values kept on this device that the server did not have are back in the form. */
  restored: boolean
  clash: C | undefined
  waitForChange: boolean
  /** Someone else's save that the user has to choose against before anything more is saved. */
  theirs: SavedDraft<V> | undefined
}

/**
 * The server's record or, when this device kept values that never reached the server, those values: as they
 * were when the server has not moved on, otherwise reconciled with what the server has now.
 */
export function startDraft<V, C>(
  server: SavedDraft<V> | null,
  empty: V,
  record: Pick<DraftRecord<V, C>, 'copy' | 'same' | 'resolve'>,
): StartingDraft<V, C> {
  const current = server?.values ?? empty
  const fresh: StartingDraft<V, C> = {
    values: current,
    base: current,
    version: server?.version,
    savedAt: server?.updatedAt,
    restored: false,
    clash: undefined,
    waitForChange: false,
    theirs: undefined,
  }
  const stored = record.copy.read()
  if (!stored || record.same(stored.values, current)) {
    if (stored) record.copy.drop()
    return fresh
  }
  if (server === null || stored.baseVersion === server.version)
    return { ...fresh, values: stored.values, restored: true }
  const resolution = record.resolve(stored.base, stored.values, server)
  if (resolution.kind === 'merged') {
    const { values, clash, waitForChange } = resolution
    return { ...fresh, values, restored: true, clash, waitForChange }
  }
  const version = stored.baseVersion ?? undefined
  return {
    ...fresh,
    values: stored.values,
    base: stored.base,
    version,
    restored: true,
    clash: resolution.clash,
    theirs: server,
  }
}

const isStale = (error: unknown) =>
  error instanceof ApiError && error.status === 409 && error.problem?.currentVersion !== undefined

const WAITING: SaveResult = { saved: false, error: undefined }

/**
 * Never loses what a practitioner writes in a case record: every change is kept on this device at once, and saved
 * to the server (with the version last saved) when a changed field loses focus (`saveIfChanged`) and every 10
 * seconds while there are unsaved changes. A save refused as stale is reconciled with the server's record as the
 * record says; a refusal of what was written waits for the user's next change.
 */
export function useAutosavedDraft<V extends FieldValues, C>(
  form: UseFormReturn<V>,
  record: DraftRecord<V, C>,
  start: StartingDraft<V, C>,
) {
  const version = useRef(start.version)
  const base = useRef(start.base)
  const theirs = useRef(start.theirs)
  const inFlight = useRef<Promise<SaveResult> | null>(null)
  const again = useRef(false)
  // After a merge with clashes or a refusal, autosave waits until the user changes something (or saves).
  const waitForChange = useRef(start.waitForChange)
  const [unsaved, setUnsaved] = useState(start.restored)
  const [incomplete, setIncomplete] = useState(() => !record.ready(start.values))
  const [saving, setSaving] = useState(false)
  const [savedAt, setSavedAt] = useState(start.savedAt)
  const [trouble, setTrouble] = useState<SaveTrouble>()
  const [keptOnDevice, setKeptOnDevice] = useState(true)
  const [clash, setClash] = useState(start.clash)

  // A copy: react-hook-form changes its values in place.
  const values = useCallback((): V => structuredClone(form.getValues()), [form])
  const autosaves = useCallback(
    () => !waitForChange.current && !theirs.current && record.ready(values()),
    [record, values],
  )

  /** The values as they stand, on this device until the server has them. */
  const keep = useCallback(() => {
    const current = values()
    setIncomplete(!record.ready(current))
    if (record.same(current, base.current)) {
      record.copy.drop()
      setUnsaved(false)
      return
    }
    setUnsaved(true)
    setKeptOnDevice(record.copy.keep({ values: current, base: base.current, baseVersion: version.current ?? null }))
  }, [record, values])

  /** After a stale version: the server's record reconciled with the form, or kept for the user to choose against. */
  const catchUp = useCallback(async () => {
    const server = await record.latest()
    if (!server) return
    const mine = values()
    const resolution = record.resolve(base.current, mine, server)
    setClash(resolution.clash)
    setSavedAt(server.updatedAt)
    if (resolution.kind === 'choose') {
      theirs.current = server
      return
    }
    version.current = server.version
    base.current = server.values
    setChangedValues(form, mine, resolution.values)
    keep()
    waitForChange.current = resolution.waitForChange
    again.current = !resolution.waitForChange
  }, [form, keep, record, values])

  const troubleFrom = useCallback(
    async (error: unknown) => {
      if (error instanceof ApiError && error.status === 401) {
        setTrouble({ kind: 'signed-out' })
      } else if (!(error instanceof ApiError) || error.status >= 500) {
        setTrouble({ kind: 'unreachable' })
      } else if (isStale(error)) {
        setTrouble(undefined)
        await catchUp().catch(() => setTrouble({ kind: 'unreachable' }))
      } else {
        // Completed or the case closed meanwhile (409), or values the API does not take (400): the user must act.
        waitForChange.current = true
        const problem = apiProblem(error, record.naming)
        problem.fields.forEach((field) =>
          form.setError(field.name as Path<V>, { type: 'server', message: field.message }),
        )
        setTrouble({ kind: 'refused', reasons: problem.summary.map((item) => item.text) })
        if (error.status === 409) await record.onConflict()
      }
    },
    [catchUp, form, record],
  )

  /** Saves the values as they stand, if the server does not have them; one save at a time, the next after it. */
  const save = useCallback(
    async function save(): Promise<SaveResult> {
      if (inFlight.current) {
        again.current = true
        return inFlight.current
      }
      const sending = values()
      if (record.same(sending, base.current)) {
        setUnsaved(false)
        return { saved: true }
      }
      const run = (async (): Promise<SaveResult> => {
        setSaving(true)
        try {
          const saved = await record.save(sending, version.current)
          version.current = saved.version
          base.current = saved.values
          record.adopt?.(saved, sending)
          setSavedAt(saved.updatedAt)
          setTrouble(undefined)
          keep()
          return { saved: true }
        } catch (error) {
          await troubleFrom(error)
          return { saved: false, error }
        } finally {
          setSaving(false)
          inFlight.current = null
          if (again.current) {
            again.current = false
            if (autosaves()) void save()
          }
        }
      })()
      inFlight.current = run
      return run
    },
    [autosaves, keep, record, troubleFrom, values],
  )

  const saveIfChanged = useCallback(() => {
    if (!inFlight.current && autosaves() && !record.same(values(), base.current)) void save()
  }, [autosaves, record, save, values])

  /** Saves now whatever autosave is waiting for (the user asked: "Save", "Complete", leaving the page). */
  const saveNow = useCallback(async (): Promise<SaveResult> => {
    waitForChange.current = false
    for (;;) {
      if (theirs.current || !record.ready(values())) return WAITING
      const result = await (inFlight.current ?? save())
      if (!result.saved) return result
      if (!inFlight.current && record.same(values(), base.current)) return result
    }
  }, [record, save, values])

  /** The user keeps their own values over the other person's save: they are saved on its version. */
  const keepMine = useCallback(() => {
    const server = theirs.current
    if (!server) return
    theirs.current = undefined
    version.current = server.version
    base.current = server.values
    const mine = values()
    if (record.rebase) setChangedValues(form, mine, record.rebase(mine, server))
    setClash(undefined)
    keep()
    saveIfChanged()
  }, [form, keep, record, saveIfChanged, values])

  /** The user takes the other person's save: the form shows it, and nothing of theirs is kept on this device. */
  const takeTheirs = useCallback(() => {
    const server = theirs.current
    if (!server) return
    theirs.current = undefined
    version.current = server.version
    base.current = server.values
    form.reset(server.values)
    setClash(undefined)
    setTrouble(undefined)
    setSavedAt(server.updatedAt)
    keep()
  }, [form, keep])

  // Every change is kept on this device at once, and lets autosave go on after a clash or a refusal.
  useEffect(() => {
    const subscription = form.watch(() => {
      waitForChange.current = false
      keep()
    })
    return () => subscription.unsubscribe()
  }, [form, keep])

  useEffect(() => {
    const timer = setInterval(saveIfChanged, AUTOSAVE_INTERVAL_MS)
    return () => clearInterval(timer)
  }, [saveIfChanged])

  // Values restored from this device go to the server at once (unless they wait for the user).
  const [restored] = useState(start.restored)
  useEffect(() => {
    if (restored) saveIfChanged()
  }, [restored, saveIfChanged])

  return {
    unsaved,
    /** Some of the values cannot be saved until the user finishes them. */
    incomplete,
    saving,
    savedAt,
    trouble,
    keptOnDevice,
    clash,
    restored,
    /** The version last saved. */
    version: () => version.current,
    saveIfChanged,
    saveNow,
    catchUp,
    keepMine,
    takeTheirs,
  }
}

/** Sets the values that differ, field by field, so that a field being written keeps its cursor. */
function setChangedValues<V extends FieldValues>(form: UseFormReturn<V>, from: V, to: V) {
  const walk = (path: string, a: unknown, b: unknown) => {
    const within = (key: string | number) => (path === '' ? String(key) : `${path}.${key}`)
    if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
      b.forEach((item, index) => walk(within(index), a[index], item))
    } else if (isRecord(a) && isRecord(b)) {
      Object.keys(b).forEach((key) => walk(within(key), a[key], b[key]))
    } else if (JSON.stringify(a) !== JSON.stringify(b)) {
      form.setValue(path as Path<V>, b as PathValue<V, Path<V>>)
    }
  }
  walk('', from, to)
}
