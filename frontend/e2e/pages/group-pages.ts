import { expect, type Locator, type Page } from '@playwright/test'
import { fillDate } from './govuk'

/** "Groups", "Set up a group", a group's page, "Add a case" and "Record a session". */
export class GroupPages {
  private readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  async openFromHome(): Promise<void> {
    await this.page.getByRole('banner').getByRole('link', { name: 'TeamAround' }).click()
    await this.page.getByRole('link', { name: 'Groups', exact: true }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Groups' })).toBeVisible()
  }

  async startSettingUp(): Promise<void> {
    await this.page.getByRole('button', { name: 'Set up a group' }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Set up a group' })).toBeVisible()
  }

  async setUp(answers: { name: string; kind: string; area: string; halfTerm: string }): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Name of the group' }).fill(answers.name)
    const choose = (legend: string, label: string) =>
      this.page.getByRole('group', { name: legend }).getByLabel(label, { exact: true }).check()
    await choose('What kind of group is it?', answers.kind)
    await choose('Area', answers.area)
    await choose('Half term', answers.halfTerm)
    await this.page.getByRole('button', { name: 'Set up group' }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: answers.name })).toBeVisible()
  }

  async addCase(childName: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a case' }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Add a case' })).toBeVisible()
    await this.page.getByRole('radio', { name: childName, exact: true }).check()
  }

  async confirmAddingCase(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add the case' }).click()
  }

  async startSession(): Promise<void> {
    await this.page.getByRole('button', { name: 'Record a session' }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Record a session' })).toBeVisible()
  }

  async recordSession(answers: { heldOn: Date; topic: string; attended: string[] }): Promise<void> {
    await fillDate(this.page.getByRole('group', { name: 'Date of the session' }), answers.heldOn)
    await this.page.getByRole('textbox', { name: 'Topic (optional)' }).fill(answers.topic)
    const register = this.page.getByRole('group', { name: 'Who attended?' })
    for (const childName of answers.attended) {
      await register.getByRole('checkbox', { name: childName, exact: true }).check()
    }
    await this.page.getByRole('button', { name: 'Record session' }).click()
  }

  /** A case's row on the group's register. */
  registerRow(childName: string): Locator {
    return this.page.getByRole('table', { name: /^\d+ cases?$/ }).getByRole('row').filter({ hasText: childName })
  }

  /** A session's row, by its topic. */
  sessionRow(topic: string): Locator {
    const table = this.page.getByRole('table', { name: /sessions?, the latest first$/ })
    return table.getByRole('row').filter({ hasText: topic })
  }

  async filter(filters: { area: string; halfTerm: string }): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Area' }).selectOption({ label: filters.area })
    await this.page.getByRole('combobox', { name: 'Half term' }).selectOption({ label: filters.halfTerm })
    await this.page.getByRole('button', { name: 'Apply filters' }).click()
  }

  /** A group's row in the list of groups. */
  groupRow(name: string): Locator {
    const table = this.page.getByRole('table', { name: /groups?, the latest half term first$/ })
    return table.getByRole('row').filter({ hasText: name })
  }

  /** A group's row in the "Groups" section of a case's summary. */
  caseGroupRow(name: string): Locator {
    return this.page.getByRole('table', { name: /^In \d+ groups?$/ }).getByRole('row').filter({ hasText: name })
  }
}
