import type { ReactNode } from 'react'
import { PhaseBanner } from '../../lib/govuk/phase-banner'
import { SkipLink } from '../../lib/govuk/skip-link'
import { useGovukFrontend } from '../../lib/govuk/use-govuk-frontend'
import { SiteFooter } from './site-footer'
import { SiteHeader, type SignedInUser } from './site-header'

/** The GOV.UK page template: skip link, header, phase banner, main content and footer. */
export function PageLayout({ user, children }: { user?: SignedInUser | undefined; children: ReactNode }) {
  const scope = useGovukFrontend<HTMLDivElement>()
  return (
    <div ref={scope}>
      <SkipLink href="#main-content" />
      <SiteHeader user={user} />
      <div className="govuk-width-container">
        <PhaseBanner tag="Alpha">
          This is a new service running on a demonstration sign-in: never enter real information about a child or
          family.
        </PhaseBanner>
        <main className="govuk-main-wrapper" id="main-content">
          {children}
        </main>
      </div>
      <SiteFooter />
    </div>
  )
}
