import { paths } from '../../../config/paths'
import type { Referral } from '../api/types'

/** The question pages of "Refer a child", in order; each saves its part of the draft. */
export const STEPS = [
  { slug: 'child', title: 'About the child', section: 'child' },
  { slug: 'siblings', title: 'Brothers and sisters', section: 'siblings' },
  { slug: 'carers', title: 'Parents and carers', section: 'carers' },
  { slug: 'needs', title: 'The child’s needs', section: 'needs' },
  { slug: 'education', title: 'Impact on education', section: 'education' },
  { slug: 'school-actions', title: 'What the school has done', section: 'schoolActions' },
  { slug: 'known-to', title: 'Early Help and Social Care', section: 'knownTo' },
  { slug: 'consent', title: 'Consent', section: 'consent' },
] as const

export type StepSlug = (typeof STEPS)[number]['slug']

export function stepPath(
  id: string,
  slug: StepSlug | 'check-answers' | 'safeguarding' | 'confirmation' | 'withdraw',
): string {
  return `${paths.referral(id)}/${slug}`
}

/** The page after this one: the next question, or check your answers after the last. */
export function nextPath(id: string, slug: StepSlug): string {
  const index = STEPS.findIndex((step) => step.slug === slug)
  const next = STEPS[index + 1]
  return stepPath(id, next ? next.slug : 'check-answers')
}

export function previousPath(id: string | undefined, slug: StepSlug): string {
  const index = STEPS.findIndex((step) => step.slug === slug)
  const previous = STEPS[index - 1]
  if (!id) return paths.referrals
  return previous ? stepPath(id, previous.slug) : paths.referral(id)
}

/** The question page that asks for a field, from the first part of its path (`carers[0].name` → carers). */
export function stepOfField(field: string): StepSlug | undefined {
  const section = field.split(/[.[]/)[0]
  if (section === 'safeguardingConcern') return 'needs'
  return STEPS.find((step) => step.section === section)?.slug
}

/** Where "Continue editing" takes a draft: the page after the last one answered. */
export function resumePath(referral: Referral): string {
  const answered: Record<StepSlug, boolean> = {
    child: hasAny(referral.child),
    siblings: (referral.siblings?.length ?? 0) > 0,
    carers: (referral.carers?.length ?? 0) > 0,
    needs: (referral.needs?.tags?.length ?? 0) > 0 || !!referral.needs?.description,
    education: hasAny(referral.education),
    'school-actions': !!referral.schoolActions,
    'known-to': hasAny(referral.knownTo),
    consent: hasAny(referral.consent),
  }
  const last = STEPS.findLastIndex((step) => answered[step.slug])
  return last < 0 ? stepPath(referral.id, 'child') : nextPath(referral.id, STEPS[last]!.slug)
}

function hasAny(section: object | null | undefined): boolean {
  return !!section && Object.values(section).some((value) => value !== null && value !== undefined && value !== '')
}
