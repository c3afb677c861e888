import type { components } from '../../../lib/api/schema'

/** The service configuration API's shapes, as generated from openapi.yaml. */
type Schemas = components['schemas']

export type School = Schemas['School']
export type SchoolPage = Schemas['SchoolPage']
export type SchoolPhase = Schemas['SchoolPhase']
export type SchoolImportResult = Schemas['SchoolImportResult']
export type EligibilityRule = Schemas['EligibilityRule']
export type EligibilityRuleUpdate = Schemas['EligibilityRuleUpdate']
export type Area = Schemas['Area']
export type AreaUpdate = Schemas['AreaUpdate']
export type Weekday = Schemas['Weekday']
export type NextMeetings = Schemas['NextMeetings']
export type ConfigChange = Schemas['ConfigChange']
export type ConfigChangePage = Schemas['ConfigChangePage']
export type Practitioner = Schemas['Practitioner']
export type PractitionerUpdate = Schemas['PractitionerUpdate']
