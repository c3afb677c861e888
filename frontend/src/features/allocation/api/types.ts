import type { components } from '../../../lib/api/schema'

/** The allocation API's shapes, as generated from openapi.yaml. */
type Schemas = components['schemas']

export type AllocationQueueItem = Schemas['AllocationQueueItem']
export type AllocationQueuePage = Schemas['AllocationQueuePage']
export type AllocationRequest = Schemas['AllocationRequest']
export type Practitioner = Schemas['Practitioner']
export type Case = Schemas['Case']
