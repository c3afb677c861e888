import type { MouseEvent } from 'react'

export type SignedInUser = { name: string; onSignOut: () => void }

/**
 * The service name and the signed-in user. TeamAround is a council service, not on GOV.UK, so it
 * uses the service navigation component on its own rather than the GOV.UK header with its crown.
 */
export function SiteHeader({ user }: { user?: SignedInUser | undefined }) {
  const signOut = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault()
    user?.onSignOut()
  }
  return (
    <header>
      <section aria-label="Service information" className="govuk-service-navigation" data-module="govuk-service-navigation">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <a href="/" className="govuk-service-navigation__link">
                TeamAround
              </a>
            </span>
            {user && (
              <nav aria-label="Account" className="govuk-service-navigation__wrapper">
                <button
                  type="button"
                  className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
                  aria-controls="account-navigation"
                  hidden
                >
                  Account
                </button>
                <ul className="govuk-service-navigation__list" id="account-navigation">
                  <li className="govuk-service-navigation__item">
                    <span className="govuk-service-navigation__text">{user.name}</span>
                  </li>
                  <li className="govuk-service-navigation__item">
                    <a className="govuk-service-navigation__link" href="/" onClick={signOut}>
                      Sign out
                    </a>
                  </li>
                </ul>
              </nav>
            )}
          </div>
        </div>
      </section>
    </header>
  )
}
