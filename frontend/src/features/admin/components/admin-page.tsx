import type { ReactNode } from 'react'
import { BackLink } from '../../../lib/govuk/back-link'
import { PageTitle } from '../../../lib/page-title'
import { adminPaths } from '../paths'
import { SuccessBanner } from '../../../lib/govuk/success-banner'

/** The frame of an admin list page: back to the hub, the success banner of a change just saved, the heading. */
export function AdminPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <BackLink to={adminPaths.home}>Back to service configuration</BackLink>
      <div className="govuk-grid-row govuk-!-margin-top-4">
        <div className="govuk-grid-column-two-thirds">
          <SuccessBanner />
          <span className="govuk-caption-l">Service configuration</span>
          <h1 className="govuk-heading-l">{title}</h1>
          {children}
        </div>
      </div>
    </>
  )
}
