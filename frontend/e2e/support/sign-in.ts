import { test, type Browser, type Page } from '@playwright/test'
import { HomePage } from '../pages/home-page'
import { KeycloakLoginPage } from '../pages/keycloak-login-page'

/** A user in a browser context of their own (their own Keycloak session), signed in through the login page. */
export async function signInAs(browser: Browser, username: string, name: string): Promise<Page> {
  const { baseURL, timezoneId, locale } = test.info().project.use
  const context = await browser.newContext({ baseURL, timezoneId, locale })
  const page = await context.newPage()
  await page.goto('/')
  await new KeycloakLoginPage(page).signIn(username, 'demo')
  await new HomePage(page).expectSignedInAs(name)
  return page
}
