import { useState } from 'react'
import type { DefaultValues, FieldValues } from 'react-hook-form'
import { ApiError } from '../../../lib/api/api-error'
import { apiProblem, type FieldNaming } from '../../../lib/forms/api-problem'
import { sentence } from '../../../lib/forms/error-text'
import { useApiForm } from '../../../lib/forms/use-api-form'

type Question = { label: string; id: string }

/** The decisions' questions as the API names its fields; a date's error goes to its day input, as GOV.UK asks. */
const QUESTIONS: Record<string, Question> = {
  reason: { label: 'The reason to keep the record', id: 'reason' },
  keepUntil: { label: 'The date to keep the record until', id: 'keepUntil-day' },
}

export const decisionFieldNaming: FieldNaming = {
  text: (field, message) => sentence(QUESTIONS[field]?.label ?? field, message),
  id: (field) => QUESTIONS[field]?.id ?? field,
  name: (field) => field,
}

/**
 * A decision on a record due: a form whose refusal is shown in the error summary in the API's words, and which
 * notes a 409 (someone decided first, the version read is stale, the case was reopened) so the page can offer to
 * read the record again.
 */
export function useDecisionForm<T extends FieldValues>(defaultValues: DefaultValues<T>) {
  const [conflict, setConflict] = useState(false)
  const apiForm = useApiForm<T>({
    defaultValues,
    toProblem: (error) => {
      setConflict(error instanceof ApiError && error.status === 409)
      return apiProblem(error, decisionFieldNaming)
    },
  })
  return { ...apiForm, conflict }
}
