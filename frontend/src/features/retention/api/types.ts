import type { components } from '../../../lib/api/schema'

/** The retention API's shapes, as generated from openapi.yaml. */
type Schemas = components['schemas']

export type RetentionReview = Schemas['RetentionReview']
export type RetentionReviewPage = Schemas['RetentionReviewPage']
export type RetentionState = RetentionReview['state']
export type RetentionSweep = Schemas['RetentionSweep']
export type RetentionHold = Schemas['RetentionHold']
