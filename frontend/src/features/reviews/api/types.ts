import type { components } from '../../../lib/api/schema'

/** The reviews API's shapes, as generated from openapi.yaml. */
export type DueReview = components['schemas']['DueReview']
