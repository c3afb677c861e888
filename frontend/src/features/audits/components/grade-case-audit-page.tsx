import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { paths } from '../../../config/paths'
import { ApiError } from '../../../lib/api/api-error'
import { formatDateTime } from '../../../lib/dates'
import { apiProblem, type FormProblem } from '../../../lib/forms/api-problem'
import { useApiForm } from '../../../lib/forms/use-api-form'
import { BackLink } from '../../../lib/govuk/back-link'
import { Button } from '../../../lib/govuk/button'
import { ErrorSummary } from '../../../lib/govuk/error-summary'
import { Radios } from '../../../lib/govuk/radios'
import { SummaryList } from '../../../lib/govuk/summary-list'
import { Textarea } from '../../../lib/govuk/textarea'
import { PageTitle } from '../../../lib/page-title'
import { useAuditCycle } from '../api/get-audit-cycle'
import { isStaleGrading, useGradeCaseAudit } from '../api/grade-case-audit'
import type { AuditCycle, CaseAudit } from '../api/types'
import {
  auditFieldNaming,
  GRADE_ITEMS,
  gradeName,
  gradingAnswers,
  MAX_TEXT_LENGTH,
  toGrading,
  type GradingAnswers,
} from '../forms/grading-form'
import { auditPaths } from '../paths'
import type { AuditCyclePageState } from './audit-cycle-page'
import { childName, cycleTitle, GradeOrNot } from './audit-words'

const TITLE = 'Grade the case'

const GRADED_MEANWHILE =
  'Someone else graded this case while you were grading it. Their grading is shown below: save again to replace ' +
  'it with yours.'

/** "Grade the case": one of a cycle's sampled cases, graded with findings and actions for its practitioner. */
export function GradeCaseAuditPage() {
  const { cycleId = '', auditId = '' } = useParams()
  const { data: cycle } = useAuditCycle(cycleId)
  const audit = cycle.audits.find((candidate) => candidate.id === auditId)
  if (!audit) throw new ApiError(404)
  return <GradingForm cycle={cycle} audit={audit} />
}

function GradingForm({ cycle, audit }: { cycle: AuditCycle; audit: CaseAudit }) {
  const grade = useGradeCaseAudit(audit)
  const navigate = useNavigate()
  // The version graded: the one read on opening, then the one saved by someone else once the page shows theirs.
  const [version, setVersion] = useState(audit.version)
  const [gradedMeanwhile, setGradedMeanwhile] = useState(false)
  const { form, summary, onSubmit, errorFor, busy } = useApiForm<GradingAnswers>({
    defaultValues: gradingAnswers(audit),
    toProblem: (error): FormProblem => {
      if (!isStaleGrading(error)) return apiProblem(error, auditFieldNaming)
      setVersion(error.problem?.currentVersion ?? version)
      setGradedMeanwhile(true)
      return { summary: [{ text: GRADED_MEANWHILE }], fields: [] }
    },
  })
  const { register } = form
  const name = childName(audit)

  const submit = onSubmit(async (answers) => {
    await grade.mutateAsync(toGrading(answers, version))
    const state: AuditCyclePageState = {
      success: {
        heading: `Grade saved: ${gradeName(answers.grade)}`,
        body: `${name}, case ${audit.reference}`,
      },
    }
    await navigate(auditPaths.cycle(cycle.id), { state })
  })

  return (
    <>
      <PageTitle>{`${summary.length > 0 ? 'Error: ' : ''}${TITLE} – ${name}`}</PageTitle>
      <BackLink to={auditPaths.cycle(cycle.id)}>Back to the audit cycle</BackLink>
      <div className="govuk-grid-row govuk-!-margin-top-4">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <span className="govuk-caption-l">
            {name}, case {audit.reference}
          </span>
          <h1 className="govuk-heading-l">{TITLE}</h1>
          <SummaryList
            rows={[
              { key: 'Practitioner', value: audit.practitionerName },
              { key: 'Audit cycle', value: cycleTitle(cycle) },
              {
                key: 'The case',
                value: (
                  <Link className="govuk-link" to={paths.case(audit.caseId)}>
                    Read the case <span className="govuk-visually-hidden">of {name}</span>
                  </Link>
                ),
              },
            ]}
          />
          {gradedMeanwhile && <GradedMeanwhile audit={audit} />}
          <form noValidate onSubmit={submit}>
            <Radios
              id="grade"
              legend="Grade"
              legendSize="m"
              items={GRADE_ITEMS}
              error={errorFor('grade')}
              inputProps={register('grade', { required: 'Select a grade' })}
            />
            <Textarea
              id="findings"
              label="Findings"
              labelSize="m"
              hint="What the case’s records show: what is done well and what is missing"
              rows={8}
              error={errorFor('findings')}
              {...register('findings', {
                validate: (value) => value.trim() !== '' || 'Enter your findings',
                maxLength: { value: MAX_TEXT_LENGTH, message: 'Findings must be 10,000 characters or fewer' },
              })}
            />
            <Textarea
              id="actions"
              label="Actions for the practitioner (optional)"
              labelSize="m"
              hint={`What ${audit.practitionerName} is to do, and by when`}
              rows={5}
              error={errorFor('actions')}
              {...register('actions', {
                maxLength: { value: MAX_TEXT_LENGTH, message: 'Actions must be 10,000 characters or fewer' },
              })}
            />
            <div className="govuk-button-group">
              <Button type="submit" disabled={busy}>
                Save grade
              </Button>
              <Link className="govuk-link" to={auditPaths.cycle(cycle.id)}>
                Cancel
              </Link>
            </div>
          </form>
        </div>
      </div>
    </>
  )
}

/** The grading someone else saved while the user was grading, as the audit now stands. */
function GradedMeanwhile({ audit }: { audit: CaseAudit }) {
  return (
    <div className="govuk-inset-text">
      <h2 className="govuk-heading-s">Their grading</h2>
      <SummaryList
        rows={[
          { key: 'Graded by', value: `${audit.auditedByName ?? ''} on ${formatDateTime(audit.auditedAt)}` },
          { key: 'Grade', value: <GradeOrNot grade={audit.grade} /> },
          { key: 'Findings', value: <span className="app-preserve-lines">{audit.findings}</span> },
          { key: 'Actions', value: <span className="app-preserve-lines">{audit.actions ?? 'None'}</span> },
        ]}
      />
    </div>
  )
}
