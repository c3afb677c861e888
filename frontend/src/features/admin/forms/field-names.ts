import type { FieldNaming } from '../../../lib/forms/api-problem'
import { sentence } from '../../../lib/forms/error-text'

/** A form's questions as the API names its fields: the words a user reads, the input's id and the form's name. */
type Question = { label: string; id: string; name: string }

/**
 * How the API's field errors read on a form: against the question's words, with any other field the message
 * names ("must not be less than minAge") in the user's words too.
 */
function naming(questions: Record<string, Question>): FieldNaming {
  const question = (field: string): Question => questions[field] ?? { label: field, id: field, name: field }
  const inWords = (message: string) =>
    Object.entries(questions).reduce((text, [field, { label }]) => {
      const name = new RegExp(`\\b${field.replaceAll('.', '\\.')}\\b`, 'g')
      return text.replace(name, label.toLowerCase())
    }, message)
  return {
    text: (field, message) => sentence(question(field).label, inWords(message)),
    id: (field) => question(field).id,
    name: (field) => question(field).name,
  }
}

export const ruleFieldNaming = naming({
  enabled: { label: 'Whether the rule is checked', id: 'enabled', name: 'enabled' },
  minAge: { label: 'Youngest age', id: 'minAge', name: 'minAge' },
  maxAge: { label: 'Oldest age', id: 'maxAge', name: 'maxAge' },
})

/** A meeting day's error goes to its day input, as the GOV.UK date input asks. */
export const areaFieldNaming = naming({
  'triageCadence.weekday': { label: 'Day of the week', id: 'weekday', name: 'weekday' },
  'triageCadence.everyWeeks': { label: 'Weeks between meetings', id: 'everyWeeks', name: 'everyWeeks' },
  'triageCadence.startsOn': { label: 'A meeting day', id: 'startsOn-day', name: 'startsOn' },
})

export const practitionerFieldNaming = naming({
  capacity: { label: 'Capacity', id: 'capacity', name: 'capacity' },
  area: { label: 'Area', id: 'area', name: 'area' },
})

/** What a stale version (409) means on a change page: the page now shows what the other person saved. */
export function someoneElseChanged(what: string): string {
  return (
    `Someone else changed this ${what} after you opened this page, so your change has not been saved. ` +
    'The page now shows what they saved: check your answers and save them again.'
  )
}

/** A whole number as typed, or undefined when it is not one. */
export function wholeNumber(text: string): number | undefined {
  const trimmed = text.trim()
  return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined
}
