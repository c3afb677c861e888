import { useLocation, useParams } from 'react-router'
import { formatDate } from '../../../lib/dates'
import { BackLink } from '../../../lib/govuk/back-link'
import { NotificationBanner } from '../../../lib/govuk/notification-banner'
import { SummaryList, type SummaryRow } from '../../../lib/govuk/summary-list'
import { PageTitle } from '../../../lib/page-title'
import { useCase } from '../api/get-case'
import type { Case } from '../api/types'
import { caseChildName, CaseStateTag, formatDayOfWeek, isFirstContactOverdue, OverdueTag } from './case-words'

/** Where a page leaves a one-off success message for the case's page (after allocating it). */
export type CasePageState = { success?: { heading: string; body?: string } }

/** The list a case's page leads back to, as the caller sees cases. */
export type CaseListLink = { to: string; text: string }

/** A case: whose it is, where it stands, and when the first contact with the family is due. */
export function CasePage({ backTo }: { backTo: (found: Case) => CaseListLink }) {
  const { id = '' } = useParams()
  const { data: found } = useCase(id)
  const success = (useLocation().state as CasePageState | null)?.success
  const name = caseChildName(found)
  const back = backTo(found)

  return (
    <>
      <PageTitle>{name}</PageTitle>
      <BackLink to={back.to}>{back.text}</BackLink>
      <div className="govuk-grid-row govuk-!-margin-top-4">
        <div className="govuk-grid-column-two-thirds">
          {success && (
            <NotificationBanner success>
              <h3 className="govuk-notification-banner__heading">{success.heading}</h3>
              {success.body && <p className="govuk-body">{success.body}</p>}
            </NotificationBanner>
          )}
          <span className="govuk-caption-l">Case {found.reference}</span>
          <h1 className="govuk-heading-l">{name}</h1>
          <SummaryList rows={rows(found)} />
        </div>
      </div>
    </>
  )
}

function rows(found: Case): SummaryRow[] {
  const rows: SummaryRow[] = [
    { key: 'School', value: found.schoolName },
    { key: 'Practitioner', value: found.practitionerName },
    { key: 'State', value: <CaseStateTag state={found.state} /> },
    { key: 'Allocated on', value: formatDate(found.allocatedOn) },
    {
      key: 'First contact due',
      value: (
        <span className="app-tags">
          <span>by {formatDayOfWeek(found.firstContactDue)}</span>
          {isFirstContactOverdue(found) && <OverdueTag />}
        </span>
      ),
    },
  ]
  if (found.overrideReason) rows.push({ key: 'Reason for allocating beyond capacity', value: found.overrideReason })
  return rows
}
