import { expect, test } from '@playwright/test'
import { HomePage } from './pages/home-page'
import { KeycloakLoginPage } from './pages/keycloak-login-page'
import { expectNoAccessibilityViolations } from './support/accessibility'

test.describe('signing in', () => {
  test('a SENCO signs in through Keycloak and sees who they are', async ({ page }) => {
    const login = new KeycloakLoginPage(page)
    const home = new HomePage(page)

    await page.goto('/')
    await login.expectShown()
    await login.signIn('senco1', 'demo')

    await home.expectSignedInAs('Sarah Cole')
    await expect(home.summaryValue('Role')).toHaveText('School referrer (SENCO)')
    await expect(home.summaryValue('School')).toHaveText('Northgate Primary School')
    await expect(home.summaryValue('School URN')).toHaveText('100001')
    await expect(page.getByRole('banner')).toContainText('Sarah Cole')

    await expectNoAccessibilityViolations(page)
  })

  test('signing out returns to the Keycloak login', async ({ page }) => {
    const login = new KeycloakLoginPage(page)
    const home = new HomePage(page)

    await page.goto('/')
    await login.signIn('senco1', 'demo')
    await home.expectSignedInAs('Sarah Cole')

    await home.signOut()

    await login.expectShown()
  })
})
