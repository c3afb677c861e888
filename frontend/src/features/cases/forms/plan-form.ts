import { emptyDate, isBlankDate, realDate, toDateParts, toIsoDate, type DateParts } from '../../../lib/dates'
import type { FieldNaming } from '../../../lib/forms/api-problem'
import { sentence } from '../../../lib/forms/error-text'
import type { ActionOwner, ActionStatus, Plan, PlanRequest } from '../api/types'
import { formName, withDates } from './field-text'

/** Who does an action, in the words of the form and the plan. */
export const OWNERS: Record<ActionOwner, string> = {
  FAMILY: 'The family',
  SCHOOL: 'The school',
  PRACTITIONER: 'The family practitioner',
  PARTNER: 'A partner agency',
}

/** Where an action stands, in the words of the form, the plan and the reviews. */
export const STATUSES: Record<ActionStatus, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  DROPPED: 'Dropped',
}

/** One SMART action as the form holds it; `key` tells rows apart before the server gives a new one its id. */
export type ActionAnswers = {
  key: string
  actionId: string
  what: string
  who: ActionOwner | ''
  partnerAgency: string
  byWhen: DateParts
  status: ActionStatus | ''
}

export type PlanValues = { actions: ActionAnswers[]; interventions: string[] }

export const MAX_WHAT_LENGTH = 500
export const MAX_AGENCY_LENGTH = 200

let added = 0

/** A new row: not started, nothing written. */
export function blankAction(): ActionAnswers {
  added += 1
  const key = `new-${Date.now().toString(36)}-${added}`
  return { key, actionId: '', what: '', who: '', partnerAgency: '', byWhen: { ...emptyDate }, status: 'NOT_STARTED' }
}

/** A new row with nothing written in it is not an action: it is neither checked, saved nor compared. */
export function isBlankAction(action: ActionAnswers): boolean {
  return (
    action.actionId === '' &&
    action.what.trim() === '' &&
    action.who === '' &&
    action.partnerAgency.trim() === '' &&
    isBlankDate(action.byWhen)
  )
}

/** The plan as the form holds it; a plan not written yet starts with one empty action. */
export function planValues(plan: Plan | null): PlanValues {
  if (!plan) return { actions: [blankAction()], interventions: [] }
  return {
    actions: plan.actions.map((action) => ({
      key: action.id,
      actionId: action.id,
      what: action.what,
      who: action.who,
      partnerAgency: action.partnerAgency ?? '',
      byWhen: toDateParts(action.byWhen),
      status: action.status,
    })),
    interventions: plan.interventions.map((intervention) => intervention.code),
  }
}

/** The checked interventions: react-hook-form answers a lone checkbox's value rather than a list. */
export function codesOf(checked: unknown): string[] {
  if (Array.isArray(checked)) return checked.filter((code): code is string => typeof code === 'string')
  return typeof checked === 'string' ? [checked] : []
}

type ActionCheck = (action: ActionAnswers, index: number) => true | string

/** The checks of an action's answers, by field: react-hook-form's on "Save plan", and what autosave waits for. */
export const ACTION_CHECKS: Record<'what' | 'who' | 'partnerAgency' | 'byWhen' | 'status', ActionCheck> = {
  what: (action, index) => {
    const what = action.what.trim()
    if (what === '') return `Enter what will be done in action ${index + 1}`
    return what.length <= MAX_WHAT_LENGTH || `What will be done in action ${index + 1} must be 500 characters or fewer`
  },
  who: (action, index) => action.who !== '' || `Select who will do action ${index + 1}`,
  partnerAgency: (action, index) => {
    if (action.who !== 'PARTNER') return true
    const agency = action.partnerAgency.trim()
    if (agency === '') return `Enter the partner agency that will do action ${index + 1}`
    return agency.length <= MAX_AGENCY_LENGTH || `The partner agency must be 200 characters or fewer`
  },
  byWhen: (action, index) => {
    if (isBlankDate(action.byWhen)) return `Enter the date action ${index + 1} will be done by`
    return realDate<ActionAnswers>(`The date for action ${index + 1}`, (answers) => answers.byWhen)(undefined, action)
  },
  status: (action, index) => action.status !== '' || `Select where action ${index + 1} stands`,
}

/** A check of one field of the row at `index`, as react-hook-form's validate (an empty new row passes). */
export function actionCheck(field: keyof typeof ACTION_CHECKS, index: number) {
  return (_: unknown, values: PlanValues): true | string => {
    const action = values.actions[index]
    return !action || isBlankAction(action) || ACTION_CHECKS[field](action, index)
  }
}

/** Every action is whole: the plan can be saved as it stands. */
export function planReady(values: PlanValues): boolean {
  return values.actions.every(
    (action, index) =>
      isBlankAction(action) || Object.values(ACTION_CHECKS).every((check) => check(action, index) === true),
  )
}

/** What the API takes: the actions written, in their order, and the interventions checked. */
export function toPlanRequest(values: PlanValues, version: number | undefined): PlanRequest {
  return {
    ...(version === undefined ? {} : { version }),
    actions: values.actions
      .filter((action) => !isBlankAction(action))
      .map((action) => ({
        ...(action.actionId ? { id: action.actionId } : {}),
        what: action.what.trim(),
        who: action.who as ActionOwner,
        ...(action.who === 'PARTNER' ? { partnerAgency: action.partnerAgency.trim() } : {}),
        byWhen: toIsoDate(action.byWhen) ?? '',
        status: action.status as ActionStatus,
      })),
    interventions: codesOf(values.interventions),
  }
}

/** The plan as the server would keep it, to tell whether the form has changes to save. */
function kept(values: PlanValues): string {
  return JSON.stringify({
    actions: values.actions
      .filter((action) => !isBlankAction(action))
      .map((action) => [
        action.actionId,
        action.what.trim(),
        action.who,
        action.who === 'PARTNER' ? action.partnerAgency.trim() : '',
        toIsoDate(action.byWhen) ?? action.byWhen,
        action.status,
      ]),
    interventions: codesOf(values.interventions).sort(),
  })
}

export function samePlan(a: PlanValues, b: PlanValues): boolean {
  return kept(a) === kept(b)
}

const ACTION_LABELS: Record<string, (number: number) => string> = {
  id: (number) => `Action ${number}`,
  what: (number) => `What will be done in action ${number}`,
  who: (number) => `Who will do action ${number}`,
  partnerAgency: (number) => `The partner agency for action ${number}`,
  byWhen: (number) => `The date for action ${number}`,
  status: (number) => `The status of action ${number}`,
}

/** Where an API field's error goes: an action's field, its date's day input, or the interventions. */
function target(field: string): { name: string; id: string } {
  const action = /^actions\[(\d+)\]\.(\w+)$/.exec(field)
  if (action) {
    const [, index = '0', name = ''] = action
    // A date's error goes on its day, as the form's own check of it does.
    const input = name === 'id' ? 'what' : name === 'byWhen' ? 'byWhen.day' : name
    return { name: `actions.${index}.${input}`, id: `actions-${index}-${input.replace('.', '-')}` }
  }
  if (field.startsWith('interventions')) return { name: 'interventions', id: 'interventions' }
  return { name: formName(field), id: formName(field).replaceAll('.', '-') }
}

/** The plan's API fields (`actions[1].partnerAgency`) as the form names them, and their errors in its words. */
export const planFieldNaming: FieldNaming = {
  text: (field, message) => {
    const action = /^actions\[(\d+)\]\.(\w+)$/.exec(field)
    const label = action
      ? (ACTION_LABELS[action[2] ?? '']?.(Number(action[1]) + 1) ?? field)
      : field.startsWith('interventions')
        ? 'An intervention chosen'
        : field
    return sentence(label, withDates(message))
  },
  id: (field) => target(field).id,
  name: (field) => target(field).name,
}
