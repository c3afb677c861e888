import type { components } from './api/schema'

export type PrimaryNeed = components['schemas']['PrimaryNeed']

/** SEN2 (school census) types of need, in words: a referral's child and the reports' need filter use them. */
export const PRIMARY_NEEDS: Record<PrimaryNeed, string> = {
  SEMH: 'Social, emotional and mental health',
  SLCN: 'Speech, language and communication needs',
  ASD: 'Autistic spectrum disorder',
  SPLD: 'Specific learning difficulty',
  MLD: 'Moderate learning difficulty',
  SLD: 'Severe learning difficulty',
  PMLD: 'Profound and multiple learning difficulty',
  HI: 'Hearing impairment',
  VI: 'Visual impairment',
  MSI: 'Multi-sensory impairment',
  PD: 'Physical disability',
  OTH: 'Other difficulty or disability',
  NSA: 'SEN support but no specialist assessment of type of need',
}
