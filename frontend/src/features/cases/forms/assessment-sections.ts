import type { FieldNaming } from '../../../lib/forms/api-problem'
import { sentence } from '../../../lib/forms/error-text'
import type { AssessmentSections } from '../api/types'

export type SectionName = keyof AssessmentSections

/** The text of every section as the form holds it: an unwritten section is ''. */
export type SectionTexts = Record<SectionName, string>

/** The holistic family assessment's sections, in the order of the form, with what each covers. */
export const SECTIONS: { name: SectionName; label: string; hint: string }[] = [
  {
    name: 'childNeeds',
    label: 'The child’s needs',
    hint: 'Health, education, emotional and behavioural development, identity, relationships and self-care',
  },
  {
    name: 'parentingCapacity',
    label: 'Parenting capacity',
    hint: 'Basic care, safety, emotional warmth, stimulation, guidance and boundaries, stability',
  },
  {
    name: 'familyEnvironment',
    label: 'Family and environmental factors',
    hint: 'Family history and how the family gets on, housing, work and income, the community around them',
  },
  { name: 'strengths', label: 'Strengths', hint: 'What is going well for the child and the family' },
  { name: 'risks', label: 'Risks', hint: 'What worries you, how likely it is and how serious it would be' },
  {
    name: 'wishesAndFeelings',
    label: 'The child’s wishes and feelings',
    hint: 'In the child’s own words where you can',
  },
  {
    name: 'aspirations',
    label: 'Aspirations (preparing for adulthood)',
    hint: 'What the child and the family hope for the future',
  },
  { name: 'schoolInput', label: 'The school’s input', hint: 'What the school sees and what it is doing' },
  {
    name: 'familyNetwork',
    label: 'The family network and contingency',
    hint: 'Who can help the family, and what happens if things go wrong',
  },
]

export const MAX_SECTION_LENGTH = 20_000

export const EMPTY_TEXTS: SectionTexts = Object.fromEntries(
  SECTIONS.map((section) => [section.name, '']),
) as SectionTexts

export function textsOf(sections: AssessmentSections | undefined): SectionTexts {
  return Object.fromEntries(SECTIONS.map(({ name }) => [name, sections?.[name] ?? ''])) as SectionTexts
}

/** What the API takes: the sections written (an empty one is left out, and stays unwritten). */
export function toSections(texts: SectionTexts): AssessmentSections {
  return Object.fromEntries(SECTIONS.filter(({ name }) => texts[name] !== '').map(({ name }) => [name, texts[name]]))
}

export function sameTexts(a: SectionTexts, b: SectionTexts): boolean {
  return SECTIONS.every(({ name }) => a[name] === b[name])
}

/**
 * Someone else saved while the user was writing: a three-way merge by section from the text both started with.
 * A section only they changed takes their text; one only the user changed keeps the user's; one both changed
 * differently keeps the user's text and is named in `clashes`, for the user to merge by hand.
 */
export function mergeTexts(
  base: SectionTexts,
  mine: SectionTexts,
  theirs: SectionTexts,
): { texts: SectionTexts; clashes: SectionName[] } {
  const texts = { ...mine }
  const clashes: SectionName[] = []
  for (const { name } of SECTIONS) {
    if (mine[name] === base[name]) texts[name] = theirs[name]
    else if (theirs[name] !== base[name] && theirs[name] !== mine[name]) clashes.push(name)
  }
  return { texts, clashes }
}

export function sectionLabel(name: string): string {
  return SECTIONS.find((section) => section.name === name)?.label ?? name
}

/** The API names a section `sections.risks`; its textarea is `sections-risks`, as react-hook-form names it. */
export const assessmentFieldNaming: FieldNaming = {
  text: (field, message) => sentence(sectionLabel(field.replace(/^sections\./, '')), message),
  id: (field) => field.replaceAll('.', '-'),
  name: (field) => field,
}
