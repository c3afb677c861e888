import type { components } from '../../../lib/api/schema'

/** The partner invitations API's shapes, as generated from openapi.yaml. */
type Schemas = components['schemas']

export type Partner = Schemas['Partner']
export type Case = Schemas['Case']
export type Plan = Schemas['Plan']
export type PlanAction = Schemas['PlanAction']
export type CaseInvitation = Schemas['CaseInvitation']
export type CaseInvitationRequest = Schemas['CaseInvitationRequest']
export type InvitedCase = Schemas['InvitedCase']
export type Contribution = Schemas['Contribution']
export type ContributionRequest = Schemas['ContributionRequest']
