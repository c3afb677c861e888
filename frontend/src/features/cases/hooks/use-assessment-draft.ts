import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { ApiError } from '../../../lib/api/api-error'
import { apiProblem } from '../../../lib/forms/api-problem'
import { assessmentQueryOptions } from '../api/get-assessment'
import { caseKeys } from '../api/query-keys'
import { saveAssessment } from '../api/save-assessment'
import type { Assessment } from '../api/types'
import { dropDraft, keepDraft, readDraft } from '../forms/assessment-draft-store'
import {
  assessmentFieldNaming,
  mergeTexts,
  sameTexts,
  SECTIONS,
  textsOf,
  toSections,
  type SectionName,
  type SectionTexts,
} from '../forms/assessment-sections'

/** While there are unsaved changes, they go to the server this often (and whenever a changed field loses focus). */
export const AUTOSAVE_INTERVAL_MS = 10_000

export type AssessmentValues = { sections: SectionTexts }

/** Why the latest text is not on the server: the session ended, the server could not be reached, or it refused. */
export type SaveTrouble = { kind: 'signed-out' | 'unreachable' } | { kind: 'refused'; reasons: string[] }

/** Someone else's save that the user's text was merged with; `clashes` are the sections both changed. */
export type Clash = { by: string; at: string; theirs: SectionTexts; clashes: SectionName[] }

export type SaveResult = { saved: true } | { saved: false; error: unknown }

/** What the form starts with. */
export type StartingDraft = {
  texts: SectionTexts
  /** The server's text and version, which the next save builds on. */
  base: SectionTexts
  version: number | undefined
  /** Text kept on this device that the server did not have is back in the form. */
  restored: boolean
  clash: Clash | undefined
}

/**
 * The server's assessment or, when this device kept text that never reached the server, that text merged with
 * what the server has now (someone may have saved since it was written).
 */
export function startingDraft(caseId: string, assessment: Assessment | null): StartingDraft {
  const server = textsOf(assessment?.sections)
  const version = assessment?.version
  const stored = readDraft(caseId)
  if (!stored || sameTexts(stored.texts, server)) {
    if (stored) dropDraft(caseId)
    return { texts: server, base: server, version, restored: false, clash: undefined }
  }
  const { texts, clashes } = mergeTexts(stored.base, stored.texts, server)
  const movedOn = assessment !== null && stored.baseVersion !== assessment.version
  return {
    texts,
    base: server,
    version,
    restored: true,
    clash: movedOn ? { by: assessment.updatedBy, at: assessment.updatedAt, theirs: server, clashes } : undefined,
  }
}

const isStale = (error: unknown) =>
  error instanceof ApiError && error.status === 409 && error.problem?.currentVersion !== undefined

/**
 * Never loses a practitioner's assessment: every change is kept on this device at once, and saved to the server
 * (PUT with the version last saved) when a changed field loses focus and every 10 seconds while there are unsaved
 * changes. A save refused as stale merges the server's text in; sections both changed wait for the user.
 */
export function useAssessmentDraft(
  caseId: string,
  form: UseFormReturn<AssessmentValues>,
  start: StartingDraft,
  lastSavedAt: string | undefined,
) {
  const queryClient = useQueryClient()
  const version = useRef(start.version)
  const base = useRef(start.base)
  const inFlight = useRef<Promise<SaveResult> | null>(null)
  const again = useRef(false)
  // Autosave waits after a clash or a refusal, until the user changes the text (or saves or completes).
  const paused = useRef(!!start.clash && start.clash.clashes.length > 0)
  const [unsaved, setUnsaved] = useState(start.restored)
  const [saving, setSaving] = useState(false)
  const [savedAt, setSavedAt] = useState(lastSavedAt)
  const [trouble, setTrouble] = useState<SaveTrouble>()
  const [keptOnDevice, setKeptOnDevice] = useState(true)
  const [clash, setClash] = useState(start.clash)

  const texts = useCallback((): SectionTexts => ({ ...form.getValues('sections') }), [form])

  /** The text as it stands, on this device until the server has it. */
  const keep = useCallback(() => {
    const current = texts()
    if (sameTexts(current, base.current)) {
      dropDraft(caseId)
      setUnsaved(false)
      return
    }
    setUnsaved(true)
    setKeptOnDevice(keepDraft(caseId, { texts: current, base: base.current, baseVersion: version.current ?? null }))
  }, [caseId, texts])

  /** After a stale version: the server's text merged into the form, its version the one to send next. */
  const catchUp = useCallback(async () => {
    const server = await queryClient.fetchQuery({ ...assessmentQueryOptions(caseId), staleTime: 0 })
    // A completed assessment no longer changes: the page shows it, and the text stays on this device.
    if (!server || server.state !== 'DRAFT') return
    const theirs = textsOf(server.sections)
    const mine = texts()
    const { texts: merged, clashes } = mergeTexts(base.current, mine, theirs)
    version.current = server.version
    base.current = theirs
    SECTIONS.forEach(({ name }) => {
      if (merged[name] !== mine[name]) form.setValue(`sections.${name}`, merged[name])
    })
    setClash({ by: server.updatedBy, at: server.updatedAt, theirs, clashes })
    setSavedAt(server.updatedAt)
    keep()
    paused.current = clashes.length > 0
    again.current = clashes.length === 0
  }, [caseId, form, keep, queryClient, texts])

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
        // Completed or the case closed meanwhile (409), or text the API does not take (400): the user must act.
        paused.current = true
        const problem = apiProblem(error, assessmentFieldNaming)
        problem.fields.forEach((field) =>
          form.setError(field.name as `sections.${SectionName}`, { type: 'server', message: field.message }),
        )
        setTrouble({ kind: 'refused', reasons: problem.summary.map((item) => item.text) })
        if (error.status === 409) await queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) })
      }
    },
    [caseId, catchUp, form, queryClient],
  )

  /** Saves the text as it stands, if the server does not have it; one save at a time, the next after it. */
  const save = useCallback(
    async function save(): Promise<SaveResult> {
      if (inFlight.current) {
        again.current = true
        return inFlight.current
      }
      const sending = texts()
      if (sameTexts(sending, base.current)) {
        setUnsaved(false)
        return { saved: true }
      }
      const run = (async (): Promise<SaveResult> => {
        setSaving(true)
        try {
          const saved = await saveAssessment(caseId, {
            ...(version.current === undefined ? {} : { version: version.current }),
            sections: toSections(sending),
          })
          version.current = saved.version
          base.current = textsOf(saved.sections)
          queryClient.setQueryData(caseKeys.assessment(caseId), saved)
          void queryClient.invalidateQueries({ queryKey: caseKeys.assessmentVersions(caseId) })
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
            if (!paused.current) void save()
          }
        }
      })()
      inFlight.current = run
      return run
    },
    [caseId, keep, queryClient, texts, troubleFrom],
  )

  const saveIfChanged = useCallback(() => {
    if (!paused.current && !inFlight.current && !sameTexts(texts(), base.current)) void save()
  }, [save, texts])

  /** Saves now whatever autosave is waiting for (the user asked: "Save draft", "Complete", leaving the page). */
  const saveNow = useCallback(async (): Promise<SaveResult> => {
    paused.current = false
    for (;;) {
      const result = await (inFlight.current ?? save())
      if (!result.saved) return result
      if (!inFlight.current && sameTexts(texts(), base.current)) return result
    }
  }, [save, texts])

  // Every change is kept on this device at once, and lets autosave go on after a clash or a refusal.
  useEffect(() => {
    const subscription = form.watch(() => {
      paused.current = false
      keep()
    })
    return () => subscription.unsubscribe()
  }, [form, keep])

  useEffect(() => {
    const timer = setInterval(saveIfChanged, AUTOSAVE_INTERVAL_MS)
    return () => clearInterval(timer)
  }, [saveIfChanged])

  // Text restored from this device goes to the server at once (unless it clashes with someone else's).
  const [restored] = useState(start.restored)
  useEffect(() => {
    if (restored) saveIfChanged()
  }, [restored, saveIfChanged])

  return {
    unsaved,
    saving,
    savedAt,
    trouble,
    keptOnDevice,
    clash,
    restored,
    /** The version last saved, to complete. */
    version: () => version.current,
    saveIfChanged,
    saveNow,
    catchUp,
  }
}
