import type { ReactNode } from 'react'
import { useOutletContext } from 'react-router'
import { formatDate } from '../../../lib/dates'
import { ButtonLink } from '../../../lib/govuk/button-link'
import { SummaryList, type SummaryRow } from '../../../lib/govuk/summary-list'
import type { Case } from '../api/types'
import { casePaths } from '../paths'
import { CaseClosure } from './case-closure'
import { CaseClosures } from './case-closures'
import { CaseFrame, useRouteCase, type CaseRouteContext } from './case-frame'
import { CaseStateTag, FirstContact, NextReviewDue } from './case-words'

/**
 * A case's summary: whose it is, where it stands, the first contact with the family (due, or made when) and the
 * next review; the way to close it while it is open, and how it closed once it is (and for a senior, the way to
 * reopen it); its closures once it was reopened; then what other features say of it (`children`: its groups…).
 */
export function CasePage({ children }: { children?: ReactNode }) {
  const found = useRouteCase()
  const { isSenior } = useOutletContext<CaseRouteContext>()
  return (
    <CaseFrame found={found} tab="summary">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Summary</h2>
          <SummaryList rows={rows(found)} />
          {found.state === 'CLOSED' ? (
            <>
              <CaseClosure caseId={found.id} />
              {isSenior && (
                <ButtonLink to={casePaths.reopen(found.id)} variant="secondary">
                  Reopen this case
                </ButtonLink>
              )}
            </>
          ) : (
            <ButtonLink to={casePaths.close(found.id)} variant="secondary">
              Close the case
            </ButtonLink>
          )}
          <CaseClosures caseId={found.id} />
          {children}
        </div>
      </div>
    </CaseFrame>
  )
}

function rows(found: Case): SummaryRow[] {
  const rows: SummaryRow[] = [
    { key: 'School', value: found.schoolName },
    { key: 'Practitioner', value: found.practitionerName },
    { key: 'State', value: <CaseStateTag state={found.state} /> },
    { key: 'Allocated on', value: formatDate(found.allocatedOn) },
    { key: 'First contact', value: <FirstContact found={found} /> },
  ]
  if (found.state === 'ACTIVE' && found.nextReviewDue) {
    rows.push({ key: 'Next review', value: <NextReviewDue due={found.nextReviewDue} /> })
  }
  if (found.overrideReason) rows.push({ key: 'Reason for allocating beyond capacity', value: found.overrideReason })
  return rows
}
