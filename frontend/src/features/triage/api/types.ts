import type { components } from '../../../lib/api/schema'

/** The triage API's shapes, as generated from openapi.yaml. */
type Schemas = components['schemas']

export type TriageMeeting = Schemas['TriageMeeting']
export type TriageMeetingSummary = Schemas['TriageMeetingSummary']
export type TriageMeetingRequest = Schemas['TriageMeetingRequest']
export type TriageAttendee = Schemas['TriageAttendee']
export type AgendaItem = Schemas['TriageAgendaItem']
export type EligibilityResult = Schemas['EligibilityResult']
export type TriageDecision = Schemas['TriageDecision']
export type TriageDecisionRequest = Schemas['TriageDecisionRequest']
export type DecisionOutcome = Schemas['DecisionOutcome']
export type DeclineReason = Schemas['DeclineReason']
export type Service = Schemas['Service']
export type Area = Schemas['Area']
export type Partner = Schemas['Partner']
