import type { components } from '../../../lib/api/schema'

/** The groups API's shapes, as generated from openapi.yaml. */
type Schemas = components['schemas']

export type Group = Schemas['Group']
export type GroupSummary = Schemas['GroupSummary']
export type GroupRequest = Schemas['GroupRequest']
export type GroupMember = Schemas['GroupMember']
export type GroupSession = Schemas['GroupSession']
export type GroupSessionRequest = Schemas['GroupSessionRequest']
export type GroupKind = Schemas['GroupKind']
export type HalfTerm = Schemas['HalfTerm']
export type CaseGroup = Schemas['CaseGroup']
export type Area = Schemas['Area']
export type Case = Schemas['Case']
