import type { components } from '../../../lib/api/schema'

/** The referral API's shapes, as generated from openapi.yaml. */
type Schemas = components['schemas']

export type Referral = Schemas['Referral']
export type ReferralRequest = Schemas['ReferralRequest']
export type ReferralSummary = Schemas['ReferralSummary']
export type ReferralPage = Schemas['ReferralPage']
export type ReferralState = Schemas['ReferralState']
export type ReferralAction = Schemas['ReferralAction']
export type WithdrawRequest = Schemas['WithdrawRequest']
export type NeedTag = Schemas['NeedTag']

/** A PUT body: the request with the version that was read, which the API requires on an update. */
export type ReferralUpdate = ReferralRequest & { version: number }
