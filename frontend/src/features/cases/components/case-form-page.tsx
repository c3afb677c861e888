import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { BackLink } from '../../../lib/govuk/back-link'
import { ErrorSummary, type ErrorItem } from '../../../lib/govuk/error-summary'
import { PageTitle } from '../../../lib/page-title'
import type { Case } from '../api/types'
import type { CaseListLink } from './case-frame'
import { caseChildName } from './case-words'

/** A page of its own for one of a case's forms (a contact, a review, the closure): the way back, then the form. */
export function CaseFormPage({ back, children }: { back: CaseListLink; children: ReactNode }) {
  return (
    <>
      <BackLink to={back.to}>{back.text}</BackLink>
      <div className="govuk-grid-row govuk-!-margin-top-4">
        <div className="govuk-grid-column-two-thirds">{children}</div>
      </div>
    </>
  )
}

/** The top of a case's form: its title (with "Error: " while there are errors), the error summary and the child. */
export function CaseFormHeading({
  found,
  title,
  errors,
  children,
}: {
  found: Case
  title: string
  errors: ErrorItem[]
  /** Notices between the error summary and the heading. */
  children?: ReactNode
}) {
  const name = caseChildName(found)
  return (
    <>
      <PageTitle>{`${errors.length > 0 ? 'Error: ' : ''}${title} – ${name}`}</PageTitle>
      <ErrorSummary errors={errors} />
      {children}
      <span className="govuk-caption-l">
        {name}, case {found.reference}
      </span>
      <h1 className="govuk-heading-l">{title}</h1>
    </>
  )
}

/** In place of a form that would change a closed case. */
export function ClosedCase({ text, back }: { text: string; back: CaseListLink }) {
  const title = 'This case is closed'
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{text}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={back.to}>
          {back.text}
        </Link>
      </p>
    </>
  )
}
