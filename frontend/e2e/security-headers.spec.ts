import { expect, test, type Page } from '@playwright/test'
import { HomePage } from './pages/home-page'
import { KEYCLOAK_REALM_URL, KeycloakLoginPage } from './pages/keycloak-login-page'
import { ReportPages } from './pages/report-pages'

type Violation = { page: string; directive: string; blocked: string }

/** A Content-Security-Policy header as its directives, each with its sources. */
function directives(policy: string): Map<string, string[]> {
  const parts = policy.split(';').map((directive) => directive.trim().split(/\s+/))
  return new Map(parts.filter(([name]) => name).map(([name, ...sources]) => [name ?? '', sources]))
}

/** Collects what the browser refuses on the SPA's own pages (Keycloak's login page has a policy of its own). */
async function watchForViolations(page: Page): Promise<Violation[]> {
  const spaOrigin = new URL(test.info().project.use.baseURL ?? '').origin
  const violations: Violation[] = []
  await page.exposeFunction('reportCspViolation', (violation: Violation) => {
    if (new URL(violation.page).origin === spaOrigin) violations.push(violation)
  })
  await page.addInitScript(() => {
    const report = (window as unknown as { reportCspViolation: (violation: Violation) => void }).reportCspViolation
    document.addEventListener('securitypolicyviolation', (event) =>
      report({ page: event.documentURI, directive: event.effectiveDirective, blocked: event.blockedURI }),
    )
  })
  return violations
}

test.describe('security headers of the SPA', () => {
  test('the page and a deep link come with a policy that runs no inline script and lets nobody frame them', async ({
    request,
  }) => {
    for (const path of ['/', '/reports/funnel']) {
      const response = await request.get(path)
      expect(response.ok()).toBe(true)
      const headers = response.headers()
      expect(headers['content-type']).toContain('text/html')
      expect(headers['x-content-type-options']).toBe('nosniff')
      const policy = directives(headers['content-security-policy'] ?? '')
      expect(policy.get('script-src')).toContain("'self'")
      expect(policy.get('script-src')).not.toContain("'unsafe-inline'")
      expect(policy.get('frame-ancestors')).toEqual(["'none'"])
      // The Keycloak this stack's bundle signs in with, not another stack's.
      expect(policy.get('connect-src')).toContain(new URL(KEYCLOAK_REALM_URL).origin)
    }
  })

  test('a senior signs in and reads a referral and a report’s charts with nothing refused', async ({ page }) => {
    const violations = await watchForViolations(page)
    await page.goto('/')
    await new KeycloakLoginPage(page).signIn('senior1', 'demo')
    await new HomePage(page).expectSignedInAs('Helen Moore')

    await page.getByRole('link', { name: 'Referrals', exact: true }).click()
    await page.getByRole('table').getByRole('link').first().click()
    await expect(page.getByRole('heading', { level: 1, name: /^Referral TA-\d{4}-\d{6}$/ })).toBeVisible()

    const reports = new ReportPages(page)
    await reports.openFromHome()
    await reports.openReport('Referral funnel')
    await reports.filter({ from: '2024-11-01', to: '2025-12-31' })
    await expect(reports.chart(/^Bar chart/).first()).toBeVisible()

    // A deep link loaded afresh: sign-in goes through Keycloak again, this time without its login page.
    await page.goto('/reports/timeliness')
    await expect(page.getByRole('heading', { level: 1, name: 'Timeliness' })).toBeVisible()
    await reports.filter({ from: '2024-11-01', to: '2025-12-31' })
    await expect(page.getByRole('figure').first()).toBeVisible()

    expect(violations).toEqual([])
  })
})
