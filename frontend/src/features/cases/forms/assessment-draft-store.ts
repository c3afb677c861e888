import { deviceKey } from '../../../lib/device-storage'
import { SECTIONS, type SectionTexts } from './assessment-sections'

/**
 * The assessment text not yet saved to the server, kept in this browser's localStorage by case, so that an
 * ended session, a lost connection or a closed tab loses nothing. `base` and `baseVersion` are the server's
 * text and version it was written from, to merge with what the server has by the time it can be saved.
 */
export type StoredDraft = {
  texts: SectionTexts
  base: SectionTexts
  baseVersion: number | null
  changedAt: string
}

const key = (caseId: string) => deviceKey(`assessment-draft.${caseId}`)

function isTexts(value: unknown): value is SectionTexts {
  if (typeof value !== 'object' || value === null) return false
  const texts = value as Record<string, unknown>
  return SECTIONS.every(({ name }) => typeof texts[name] === 'string')
}

/** The draft kept for a case, if there is one this version can read. */
export function readDraft(caseId: string): StoredDraft | undefined {
  try {
    const stored = window.localStorage.getItem(key(caseId))
    if (!stored) return undefined
    const draft = JSON.parse(stored) as Partial<StoredDraft>
    if (!isTexts(draft.texts) || !isTexts(draft.base)) return undefined
    const baseVersion = typeof draft.baseVersion === 'number' ? draft.baseVersion : null
    return { texts: draft.texts, base: draft.base, baseVersion, changedAt: String(draft.changedAt ?? '') }
  } catch {
    return undefined
  }
}

/** Keeps the draft; false when the browser would not (storage full or turned off). */
export function keepDraft(caseId: string, draft: Omit<StoredDraft, 'changedAt'>): boolean {
  try {
    window.localStorage.setItem(key(caseId), JSON.stringify({ ...draft, changedAt: new Date().toISOString() }))
    return true
  } catch {
    return false
  }
}

export function dropDraft(caseId: string): void {
  try {
    window.localStorage.removeItem(key(caseId))
  } catch {
    // Nothing kept, nothing to remove.
  }
}
