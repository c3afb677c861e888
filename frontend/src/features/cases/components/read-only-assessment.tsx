import { useState } from 'react'
import { Link } from 'react-router'
import { formatDateTime } from '../../../lib/dates'
import { Button } from '../../../lib/govuk/button'
import { Details } from '../../../lib/govuk/details'
import { WarningText } from '../../../lib/govuk/warning-text'
import type { Assessment, Case } from '../api/types'
import { dropDraft, readDraft } from '../forms/assessment-draft-store'
import { SECTIONS, textsOf } from '../forms/assessment-sections'
import { casePaths } from '../paths'
import { CaseFrame } from './case-frame'
import { Paragraphs } from './paragraphs'

/** A completed assessment (or the one a closed case has): who completed it and when, and every section. */
export function ReadOnlyAssessment({ found, assessment }: { found: Case; assessment: Assessment | null }) {
  const texts = textsOf(assessment?.sections)
  return (
    <CaseFrame found={found} tab="assessment" title="Assessment">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Assessment</h2>
          <p className="govuk-body">
            {assessment?.state === 'COMPLETED'
              ? `Completed by ${assessment.completedBy ?? 'not known'} on ${formatDateTime(assessment.completedAt)}`
              : assessment
                ? 'The case is closed: the assessment was not completed.'
                : 'The case is closed: the assessment was not started.'}
          </p>
          <ChangesLeftOnDevice caseId={found.id} assessment={assessment} />
          {assessment &&
            SECTIONS.map(({ name, label }) => (
              <div key={name}>
                <h3 className="govuk-heading-s">{label}</h3>
                {texts[name].trim() === '' ? (
                  <p className="govuk-body">Not written</p>
                ) : (
                  <Paragraphs text={texts[name]} />
                )}
              </div>
            ))}
          {assessment && (
            <p className="govuk-body">
              <Link className="govuk-link" to={casePaths.assessmentVersions(found.id)}>
                Versions of the assessment
              </Link>
            </p>
          )}
        </div>
      </div>
    </CaseFrame>
  )
}

/** Text kept on this device that was not saved before the assessment was completed: removed only when asked. */
function ChangesLeftOnDevice({ caseId, assessment }: { caseId: string; assessment: Assessment | null }) {
  const [stored, setStored] = useState(() => readDraft(caseId))
  if (!stored) return null
  const server = textsOf(assessment?.sections)
  const changed = SECTIONS.filter(({ name }) => stored.texts[name] !== server[name])
  if (changed.length === 0) return null
  return (
    <>
      <WarningText>
        Changes made on this device were not saved before the assessment could no longer change.
      </WarningText>
      <Details summary="Show the changes that were not saved">
        {changed.map(({ name, label }) => (
          <div key={name}>
            <h3 className="govuk-heading-s">{label}</h3>
            <Paragraphs text={stored.texts[name]} />
          </div>
        ))}
        <Button
          className="govuk-button--secondary"
          onClick={() => {
            dropDraft(caseId)
            setStored(undefined)
          }}
        >
          Remove them from this device
        </Button>
      </Details>
    </>
  )
}
