import type { components } from '../../../lib/api/schema'

/** The cases API's shapes, as generated from openapi.yaml. */
type Schemas = components['schemas']

export type Case = Schemas['Case']
export type FirstContactStatus = Schemas['FirstContactStatus']
export type Contact = Schemas['Contact']
export type ContactRequest = Schemas['ContactRequest']
export type ContactType = Schemas['ContactType']
export type Assessment = Schemas['Assessment']
export type AssessmentRequest = Schemas['AssessmentRequest']
export type AssessmentSections = Schemas['AssessmentSections']
export type RecordVersion = Schemas['RecordVersion']
