import { expect, type Page } from '@playwright/test'

export const KEYCLOAK_REALM_URL = `${process.env['E2E_KEYCLOAK_URL'] ?? 'http://localhost:8181'}/realms/teamaround/`

/** Keycloak's own login page; its fields are found by the ids every Keycloak login theme keeps. */
export class KeycloakLoginPage {
  private readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL((url) => url.href.startsWith(KEYCLOAK_REALM_URL))
    await expect(this.page.locator('#username')).toBeVisible()
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.page.locator('#username').fill(username)
    await this.page.locator('#password').fill(password)
    await this.page.locator('#kc-login').click()
  }
}
