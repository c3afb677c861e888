import type { ReactNode } from 'react'
import { BackLink } from '../../../lib/govuk/back-link'
import { ErrorSummary, type ErrorItem } from '../../../lib/govuk/error-summary'
import { PageTitle } from '../../../lib/page-title'
import type { Group } from '../api/types'
import { groupPaths } from '../paths'

/**
 * A page of its own for one of a group's forms (adding a case, recording a session): the way back to the group,
 * the title ("Error: " first while there are errors), the error summary, the group's name and the form.
 */
export function GroupFormPage({
  group,
  title,
  errors,
  children,
}: {
  group: Group
  title: string
  errors: ErrorItem[]
  children: ReactNode
}) {
  return (
    <>
      <PageTitle>{`${errors.length > 0 ? 'Error: ' : ''}${title} – ${group.name}`}</PageTitle>
      <BackLink to={groupPaths.group(group.id)}>Back to the group</BackLink>
      <div className="govuk-grid-row govuk-!-margin-top-4">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <span className="govuk-caption-l">{group.name}</span>
          <h1 className="govuk-heading-l">{title}</h1>
          {children}
        </div>
      </div>
    </>
  )
}
