import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { ApiError } from '../../../lib/api/api-error'
import { apiProblem, type FormProblem } from '../../../lib/forms/api-problem'
import { useApiForm } from '../../../lib/forms/use-api-form'
import { Button } from '../../../lib/govuk/button'
import { Textarea } from '../../../lib/govuk/textarea'
import { WarningText } from '../../../lib/govuk/warning-text'
import { completeAssessment } from '../api/complete-assessment'
import { useAssessment } from '../api/get-assessment'
import { caseKeys } from '../api/query-keys'
import type { Assessment, Case } from '../api/types'
import { dropDraft, type AssessmentValues } from '../forms/assessment-draft-store'
import {
  assessmentFieldNaming,
  MAX_SECTION_LENGTH,
  SECTIONS,
  sectionLabel,
  type SectionName,
} from '../forms/assessment-sections'
import { startingAssessment, useAssessmentDraft } from '../hooks/use-assessment-draft'
import { useLeaveWarning } from '../hooks/use-leave-warning'
import { casePaths } from '../paths'
import { ClashNotice, TheirText } from './assessment-notices'
import { CaseFrame, useRouteCase, type CasePageState } from './case-frame'
import { LeaveQuestion, RestoredNotice, SaveStatus } from './draft-notices'
import { ReadOnlyAssessment } from './read-only-assessment'

/** The case's holistic family assessment: written as a draft that saves itself, then completed, then read-only. */
export function AssessmentPage() {
  const found = useRouteCase()
  const { data: assessment } = useAssessment(found.id)
  if (assessment?.state === 'COMPLETED' || found.state === 'CLOSED') {
    return <ReadOnlyAssessment found={found} assessment={assessment} />
  }
  return <AssessmentForm found={found} assessment={assessment} />
}

const NOT_COMPLETED = 'The assessment has not been completed.'

/** What a failed "Complete assessment" means: the empty sections (422), or why it could not be tried. */
function completionProblem(error: unknown): FormProblem {
  if (!(error instanceof ApiError) || error.status >= 500) {
    const text = `Sorry, there is a problem with the service. ${NOT_COMPLETED} Your changes are kept on this device.`
    return { summary: [{ text: `${text} Try again later.` }], fields: [] }
  }
  return apiProblem(error, assessmentFieldNaming, (refusal) => {
    if (refusal.status === 401) {
      return { text: `Your session has ended. ${NOT_COMPLETED} Your changes are kept on this device: sign in again.` }
    }
    if (refusal.problem?.currentVersion !== undefined) {
      return { text: `Someone else changed this assessment. ${NOT_COMPLETED} Check the sections, then complete it.` }
    }
    return undefined
  })
}

const EMPTY_SECTION = 'is required to complete the assessment'

/** Nothing was ever saved, so every section is empty: the API's answer, without asking it. */
function everySectionEmpty(): ApiError {
  return new ApiError(422, {
    type: 'about:blank',
    title: 'The assessment cannot be completed yet: some sections are empty.',
    status: 422,
    errors: SECTIONS.map(({ name }) => ({ field: `sections.${name}`, message: EMPTY_SECTION })),
  })
}

const tooLong = (name: SectionName) =>
  `${sectionLabel(name)} must be ${MAX_SECTION_LENGTH.toLocaleString('en-GB')} characters or fewer`

function AssessmentForm({ found, assessment }: { found: Case; assessment: Assessment | null }) {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const [start] = useState(() => startingAssessment(found.id, assessment))
  const { form, summary, onSubmit, errorFor, busy } = useApiForm<AssessmentValues>({
    defaultValues: start.values,
    toProblem: completionProblem,
  })
  const draft = useAssessmentDraft(found.id, form, start)
  const leaving = useLeaveWarning(draft.unsaved || draft.saving, draft.saveNow)

  const complete = onSubmit(async () => {
    const result = await draft.saveNow()
    if (!result.saved) throw result.error
    const version = draft.version()
    if (version === undefined) throw everySectionEmpty()
    let completed: Assessment
    try {
      completed = await completeAssessment(found.id, version)
    } catch (error) {
      if (error instanceof ApiError && error.problem?.currentVersion !== undefined) await draft.catchUp()
      throw error
    }
    dropDraft(found.id)
    const state: CasePageState = { success: { heading: 'Assessment completed' } }
    await navigate(casePaths.assessment(found.id), { replace: true, state })
    queryClient.setQueryData(caseKeys.assessment(found.id), completed)
    await queryClient.invalidateQueries({ queryKey: caseKeys.assessmentVersions(found.id) })
  })

  return (
    <CaseFrame found={found} tab="assessment" title="Assessment" errors={summary}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {leaving.asking && (
            <LeaveQuestion
              heading="Your latest changes have not been saved"
              onLeave={leaving.leave}
              onStay={leaving.stay}
            >
              They are kept on this device, and will be saved when you come back to this assessment on it.
            </LeaveQuestion>
          )}
          {draft.clash ? <ClashNotice clash={draft.clash} /> : draft.restored && <RestoredNotice />}
          <h2 className="govuk-heading-m">Assessment</h2>
          <p className="govuk-body">
            Your work is saved as you write, and kept on this device until it is. Complete the assessment when every
            section is written.
          </p>
          <SaveStatus
            saving={draft.saving}
            unsaved={draft.unsaved}
            savedAt={draft.savedAt}
            trouble={draft.trouble}
            keptOnDevice={draft.keptOnDevice}
          />
          <form noValidate onSubmit={complete}>
            {SECTIONS.map(({ name, label, hint }) => (
              <div key={name}>
                <Textarea
                  id={`sections-${name}`}
                  label={label}
                  labelSize="s"
                  hint={hint}
                  rows={6}
                  spellCheck
                  error={errorFor(`sections.${name}`)}
                  {...form.register(`sections.${name}`, {
                    onBlur: draft.saveIfChanged,
                    maxLength: { value: MAX_SECTION_LENGTH, message: tooLong(name) },
                  })}
                />
                {draft.clash?.clashes.includes(name) && (
                  <TheirText clash={draft.clash} text={draft.clash.theirs[name]} />
                )}
              </div>
            ))}
            <WarningText>Once you complete the assessment, it can no longer be changed.</WarningText>
            <div className="govuk-button-group">
              <Button type="submit" disabled={busy}>
                Complete assessment
              </Button>
              <Button className="govuk-button--secondary" disabled={busy} onClick={() => void draft.saveNow()}>
                Save draft
              </Button>
            </div>
          </form>
          <p className="govuk-body">
            <Link className="govuk-link" to={casePaths.assessmentVersions(found.id)}>
              Versions of the assessment
            </Link>
          </p>
        </div>
      </div>
    </CaseFrame>
  )
}
