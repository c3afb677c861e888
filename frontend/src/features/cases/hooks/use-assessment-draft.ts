import { useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { assessmentQueryOptions } from '../api/get-assessment'
import { caseKeys } from '../api/query-keys'
import { saveAssessment } from '../api/save-assessment'
import type { Assessment } from '../api/types'
import { assessmentDraftCopy, type AssessmentValues } from '../forms/assessment-draft-store'
import {
  assessmentFieldNaming,
  EMPTY_TEXTS,
  mergeTexts,
  sameTexts,
  textsOf,
  toSections,
  type SectionName,
  type SectionTexts,
} from '../forms/assessment-sections'
import { startDraft, useAutosavedDraft, type DraftRecord, type SavedDraft } from './use-autosaved-draft'

/** Someone else's save that the user's text was merged with; `clashes` are the sections both changed. */
export type Clash = { by: string; at: string; theirs: SectionTexts; clashes: SectionName[] }

function saved({ sections, version, updatedAt, updatedBy }: Assessment): SavedDraft<AssessmentValues> {
  return { values: { sections: textsOf(sections) }, version, updatedAt, updatedBy }
}

/**
 * The assessment on this device and against someone else's save: a three-way merge by section from the text both
 * started with; sections both changed keep the user's text and wait for the user to merge by hand.
 */
function assessmentRules(caseId: string) {
  return {
    copy: assessmentDraftCopy(caseId),
    same: (a: AssessmentValues, b: AssessmentValues) => sameTexts(a.sections, b.sections),
    ready: () => true,
    resolve: (base: AssessmentValues, mine: AssessmentValues, theirs: SavedDraft<AssessmentValues>) => {
      const { texts, clashes } = mergeTexts(base.sections, mine.sections, theirs.values.sections)
      const clash: Clash = { by: theirs.updatedBy, at: theirs.updatedAt, theirs: theirs.values.sections, clashes }
      return { kind: 'merged' as const, values: { sections: texts }, clash, waitForChange: clashes.length > 0 }
    },
    naming: assessmentFieldNaming,
  }
}

/** The server's assessment, or the text this device kept merged with what the server has now. */
export function startingAssessment(caseId: string, assessment: Assessment | null) {
  return startDraft<AssessmentValues, Clash>(
    assessment && saved(assessment),
    { sections: EMPTY_TEXTS },
    assessmentRules(caseId),
  )
}

/** The assessment's draft, saved as it is written (see useAutosavedDraft). */
export function useAssessmentDraft(
  caseId: string,
  form: UseFormReturn<AssessmentValues>,
  start: ReturnType<typeof startingAssessment>,
) {
  const queryClient = useQueryClient()
  const record = useMemo(
    (): DraftRecord<AssessmentValues, Clash> => ({
      ...assessmentRules(caseId),
      save: async (values, version) => {
        const answer = await saveAssessment(caseId, {
          ...(version === undefined ? {} : { version }),
          sections: toSections(values.sections),
        })
        queryClient.setQueryData(caseKeys.assessment(caseId), answer)
        void queryClient.invalidateQueries({ queryKey: caseKeys.assessmentVersions(caseId) })
        return saved(answer)
      },
      latest: async () => {
        const server = await queryClient.fetchQuery({ ...assessmentQueryOptions(caseId), staleTime: 0 })
        // A completed assessment no longer changes: the page shows it, and the text stays on this device.
        return server?.state === 'DRAFT' ? saved(server) : null
      },
      onConflict: () => queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) }),
    }),
    [caseId, queryClient],
  )
  return useAutosavedDraft(form, record, start)
}
