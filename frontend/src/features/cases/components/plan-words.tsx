import { formatDate, toIsoDate } from '../../../lib/dates'
import type { ActionOwner, ActionStatus, Intervention } from '../api/types'
import { OWNERS, STATUSES, type ActionAnswers } from '../forms/plan-form'

/** Who does an action: its partner agency by name; a kind this version does not know as the API sends it. */
export function ownerName(who: string, partnerAgency?: string): string {
  if (who === 'PARTNER' && partnerAgency) return partnerAgency
  return OWNERS[who as ActionOwner] ?? who
}

export function statusName(status: string): string {
  return STATUSES[status as ActionStatus] ?? status
}

/** An action in one line: "Morning routine chart – The family, by 15 January 2027 (in progress)". */
export function actionLine(action: ActionAnswers): string {
  const who = ownerName(action.who, action.partnerAgency)
  const status = statusName(action.status).toLowerCase()
  return `${action.what} – ${who}, by ${formatDate(toIsoDate(action.byWhen))} (${status})`
}

/** The interventions of a plan, by their labels in the service's order. */
export function interventionNames(codes: string[], interventions: Intervention[]): string[] {
  const known = interventions.filter((intervention) => codes.includes(intervention.code))
  const unknown = codes.filter((code) => !interventions.some((intervention) => intervention.code === code))
  return [...known.map((intervention) => intervention.label), ...unknown]
}
