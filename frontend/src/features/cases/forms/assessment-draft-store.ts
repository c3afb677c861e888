import type { KeptDraft } from '../hooks/use-autosaved-draft'
import { SECTIONS, type SectionTexts } from './assessment-sections'
import { deviceCopy, isRecord, type DeviceCopy } from './device-copy'

/**
 * The assessment text not yet saved to the server, kept in this browser by case, so that an ended session, a lost
 * connection or a closed tab loses nothing. `base` and `baseVersion` are the server's text and version it was
 * written from, to merge with what the server has by the time it can be saved. (The shape older versions kept.)
 */
export type StoredDraft = {
  texts: SectionTexts
  base: SectionTexts
  baseVersion: number | null
  changedAt: string
}

export type AssessmentValues = { sections: SectionTexts }

function isTexts(value: unknown): value is SectionTexts {
  return isRecord(value) && SECTIONS.every(({ name }) => typeof value[name] === 'string')
}

function parse(stored: unknown): StoredDraft | undefined {
  if (!isRecord(stored) || !isTexts(stored['texts']) || !isTexts(stored['base'])) return undefined
  const baseVersion = typeof stored['baseVersion'] === 'number' ? stored['baseVersion'] : null
  return { texts: stored['texts'], base: stored['base'], baseVersion, changedAt: String(stored['changedAt'] ?? '') }
}

const stored = (caseId: string) => deviceCopy(`assessment-draft.${caseId}`, parse)

/** The draft kept for a case, if there is one this version can read. */
export function readDraft(caseId: string): StoredDraft | undefined {
  return stored(caseId).read()
}

export function dropDraft(caseId: string): void {
  stored(caseId).drop()
}

/** The assessment's device copy as the draft keeper holds drafts (its form's values). */
export function assessmentDraftCopy(caseId: string): DeviceCopy<KeptDraft<AssessmentValues>> {
  const copy = stored(caseId)
  return {
    read: () => {
      const draft = copy.read()
      return (
        draft && { values: { sections: draft.texts }, base: { sections: draft.base }, baseVersion: draft.baseVersion }
      )
    },
    keep: (draft) =>
      copy.keep({
        texts: draft.values.sections,
        base: draft.base.sections,
        baseVersion: draft.baseVersion,
        changedAt: new Date().toISOString(),
      }),
    drop: copy.drop,
  }
}
