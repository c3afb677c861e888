import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { RetentionState } from '../api/types'
import { retentionPaths } from '../paths'
import { STATE_WORDS } from './retention-words'

/**
 * The records by state as GOV.UK tabs whose tabs are links: each state has an address of its own (and its own
 * pages), so the panel shows the state the address asks for rather than switching panels in the page.
 */
export function StateTabs({
  current,
  page,
  children,
}: {
  current: RetentionState
  page: number
  children: ReactNode
}) {
  return (
    <div className="govuk-tabs">
      <h2 className="govuk-tabs__title">Records</h2>
      <nav aria-label="Records by state">
        <ul className="govuk-tabs__list">
          {(Object.keys(STATE_WORDS) as RetentionState[]).map((state) => (
            <li
              key={state}
              className={
                state === current ? 'govuk-tabs__list-item govuk-tabs__list-item--selected' : 'govuk-tabs__list-item'
              }
            >
              <Link
                className="govuk-tabs__tab"
                to={retentionPaths.list(state)}
                aria-current={state !== current ? undefined : page === 1 ? 'page' : 'true'}
              >
                {STATE_WORDS[state].tab}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="govuk-tabs__panel">{children}</div>
    </div>
  )
}
