import type { components } from '../../../lib/api/schema'

/** The cases API's shapes, as generated from openapi.yaml. */
type Schemas = components['schemas']

export type Case = Schemas['Case']
