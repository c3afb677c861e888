import { useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { planQueryOptions } from '../api/get-plan'
import { caseKeys } from '../api/query-keys'
import { savePlan } from '../api/save-plan'
import type { Plan } from '../api/types'
import { deviceCopy, isRecord, isString } from '../forms/device-copy'
import {
  isBlankAction,
  planFieldNaming,
  planReady,
  planValues,
  samePlan,
  toPlanRequest,
  type PlanValues,
} from '../forms/plan-form'
import { startDraft, useAutosavedDraft, type DraftRecord, type KeptDraft, type SavedDraft } from './use-autosaved-draft'

/** Someone else saved the plan while the user was writing it: theirs, for the user to keep or replace. */
export type PlanClash = { by: string; at: string; theirs: PlanValues }

function saved(plan: Plan): SavedDraft<PlanValues> {
  return { values: planValues(plan), version: plan.version, updatedAt: plan.updatedAt, updatedBy: plan.updatedBy }
}

const TEXTS = ['key', 'actionId', 'what', 'who', 'partnerAgency', 'status'] as const

function isActionAnswers(value: unknown): boolean {
  if (!isRecord(value) || !TEXTS.every((name) => isString(value[name]))) return false
  const byWhen = value['byWhen']
  return isRecord(byWhen) && isString(byWhen['day']) && isString(byWhen['month']) && isString(byWhen['year'])
}

function isPlanValues(value: unknown): value is PlanValues {
  return (
    isRecord(value) &&
    Array.isArray(value['actions']) &&
    value['actions'].every(isActionAnswers) &&
    Array.isArray(value['interventions']) &&
    value['interventions'].every(isString)
  )
}

function parse(stored: unknown): KeptDraft<PlanValues> | undefined {
  if (!isRecord(stored) || !isPlanValues(stored['values']) || !isPlanValues(stored['base'])) return undefined
  const baseVersion = typeof stored['baseVersion'] === 'number' ? stored['baseVersion'] : null
  return { values: stored['values'], base: stored['base'], baseVersion }
}

/** The plan on this device and against someone else's save: the user chooses whose whole plan is kept. */
function planRules(caseId: string) {
  return {
    copy: deviceCopy(`plan-draft.${caseId}`, parse),
    same: samePlan,
    ready: planReady,
    resolve: (_base: PlanValues, _mine: PlanValues, theirs: SavedDraft<PlanValues>) => ({
      kind: 'choose' as const,
      clash: { by: theirs.updatedBy, at: theirs.updatedAt, theirs: theirs.values },
    }),
    /** Actions the other person removed are the user's new ones. */
    rebase: (mine: PlanValues, theirs: SavedDraft<PlanValues>): PlanValues => {
      const ids = new Set(theirs.values.actions.map((action) => action.actionId))
      return {
        ...mine,
        actions: mine.actions.map((action) => (ids.has(action.actionId) ? action : { ...action, actionId: '' })),
      }
    },
    naming: planFieldNaming,
  }
}

/** The server's plan, or the plan this device kept (with someone else's save to choose against, if any). */
export function startingPlan(caseId: string, plan: Plan | null) {
  return startDraft<PlanValues, PlanClash>(plan && saved(plan), planValues(null), planRules(caseId))
}

/** The support plan, saved whole as it is written (see useAutosavedDraft). */
export function usePlanDraft(caseId: string, form: UseFormReturn<PlanValues>, start: ReturnType<typeof startingPlan>) {
  const queryClient = useQueryClient()
  const record = useMemo(
    (): DraftRecord<PlanValues, PlanClash> => ({
      ...planRules(caseId),
      save: async (values, version) => {
        const answer = await savePlan(caseId, toPlanRequest(values, version))
        queryClient.setQueryData(caseKeys.plan(caseId), answer)
        void queryClient.invalidateQueries({ queryKey: caseKeys.planVersions(caseId) })
        return saved(answer)
      },
      // The server keeps the actions in the order sent: a new row takes the id of the action at its place.
      adopt: (answer, sent) => {
        sent.actions
          .filter((action) => !isBlankAction(action))
          .forEach((action, index) => {
            const id = answer.values.actions[index]?.actionId
            const row = form.getValues('actions').findIndex((current) => current.key === action.key)
            if (action.actionId === '' && id && row >= 0) form.setValue(`actions.${row}.actionId`, id)
          })
      },
      latest: async () => {
        const server = await queryClient.fetchQuery({ ...planQueryOptions(caseId), staleTime: 0 })
        return server && saved(server)
      },
      onConflict: () => queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) }),
    }),
    [caseId, form, queryClient],
  )
  return useAutosavedDraft(form, record, start)
}
