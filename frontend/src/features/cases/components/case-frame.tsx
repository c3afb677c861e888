import type { ReactNode } from 'react'
import { Link, useLocation, useOutletContext, useParams } from 'react-router'
import { BackLink } from '../../../lib/govuk/back-link'
import { ErrorSummary, type ErrorItem } from '../../../lib/govuk/error-summary'
import { NotificationBanner } from '../../../lib/govuk/notification-banner'
import { PageTitle } from '../../../lib/page-title'
import { useCase } from '../api/get-case'
import type { Case } from '../api/types'
import { casePaths } from '../paths'
import { caseChildName } from './case-words'

/** The list a case's pages lead back to, as the caller sees cases. */
export type CaseListLink = { to: string; text: string }

/**
 * What the app's route gives a case's pages (as its outlet context): the way back to the caller's list, and whether
 * the caller is a senior (who agrees to extensions).
 */
export type CaseRouteContext = { backTo: (found: Case) => CaseListLink; isSenior: boolean }

/** Where a page leaves a one-off success message for the case page it goes to (after allocating, recording…). */
export type CasePageState = { success?: { heading: string; body?: string } }

export type CaseTab = 'summary' | 'contacts' | 'assessment' | 'plan' | 'reviews' | 'partners' | 'history' | 'access'

const TABS: { tab: CaseTab; text: string; to: (id: string) => string; seniorsOnly?: boolean }[] = [
  { tab: 'summary', text: 'Summary', to: casePaths.summary },
  { tab: 'contacts', text: 'Contacts', to: casePaths.contacts },
  { tab: 'assessment', text: 'Assessment', to: casePaths.assessment },
  { tab: 'plan', text: 'Plan', to: casePaths.plan },
  { tab: 'reviews', text: 'Reviews', to: casePaths.reviews },
  { tab: 'partners', text: 'Partners', to: casePaths.partners },
  { tab: 'history', text: 'History', to: casePaths.history },
  { tab: 'access', text: 'Who has looked', to: casePaths.access, seniorsOnly: true },
]

const NO_ERRORS: ErrorItem[] = []

/** The case named by the route's `:id`; a 404 (none, or another practitioner's) reaches the route's error page. */
export function useRouteCase(): Case {
  const { id = '' } = useParams()
  return useCase(id).data
}

/**
 * The frame of a case's pages: title, the way back to the cases list, the error summary or a success message,
 * the case's reference and child, and its pages as a secondary navigation (one route each, not JS tabs).
 */
export function CaseFrame({
  found,
  tab,
  title,
  onTabPage = true,
  errors = NO_ERRORS,
  children,
}: {
  found: Case
  tab: CaseTab
  /** The page's own name in the document title, before the child's ("Contacts – Sam Example"). */
  title?: string
  /** False on a page under the tab (the assessment's versions): the tab is marked, but not as this page. */
  onTabPage?: boolean
  errors?: ErrorItem[]
  children: ReactNode
}) {
  const { backTo, isSenior } = useOutletContext<CaseRouteContext>()
  const back = backTo(found)
  const success = (useLocation().state as CasePageState | null)?.success
  const name = caseChildName(found)
  const pageTitle = title ? `${title} – ${name}` : name
  return (
    <>
      <PageTitle>{errors.length > 0 ? `Error: ${pageTitle}` : pageTitle}</PageTitle>
      <BackLink to={back.to}>{back.text}</BackLink>
      <div className="govuk-grid-row govuk-!-margin-top-4">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          {success && (
            <NotificationBanner success>
              <h3 className="govuk-notification-banner__heading">{success.heading}</h3>
              {success.body && <p className="govuk-body">{success.body}</p>}
            </NotificationBanner>
          )}
          <span className="govuk-caption-l">Case {found.reference}</span>
          <h1 className="govuk-heading-l">{name}</h1>
        </div>
      </div>
      <CaseNavigation caseId={found.id} tab={tab} onTabPage={onTabPage} isSenior={isSenior} />
      {children}
    </>
  )
}

/**
 * The case's pages as links styled like the GOV.UK service navigation, the current one marked for everyone; who has
 * looked at the record is for seniors only.
 */
function CaseNavigation({
  caseId,
  tab,
  onTabPage,
  isSenior,
}: {
  caseId: string
  tab: CaseTab
  onTabPage: boolean
  isSenior: boolean
}) {
  return (
    <div className="govuk-service-navigation govuk-!-margin-bottom-6">
      <div className="govuk-service-navigation__container govuk-!-padding-left-3 govuk-!-padding-right-3">
        <nav aria-label="Case" className="govuk-service-navigation__wrapper">
          <ul className="govuk-service-navigation__list">
            {TABS.filter((item) => isSenior || !item.seniorsOnly).map((item) => {
              const active = item.tab === tab
              return (
                <li
                  key={item.tab}
                  className={
                    active
                      ? 'govuk-service-navigation__item govuk-service-navigation__item--active'
                      : 'govuk-service-navigation__item'
                  }
                >
                  <Link
                    className="govuk-service-navigation__link"
                    to={item.to(caseId)}
                    aria-current={active ? (onTabPage ? 'page' : 'true') : undefined}
                  >
                    {active ? (
                      <strong className="govuk-service-navigation__active-fallback">{item.text}</strong>
                    ) : (
                      item.text
                    )}
                  </Link>
                </li>
              )
            })}
          </ul>
        </nav>
      </div>
    </div>
  )
}
