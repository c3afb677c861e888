import { expect, type Locator, type Page } from '@playwright/test'

/** A sampled case as the cycle page lists it. */
export type SampledCase = { childName: string; reference: string; practitionerName: string }

/** "Case audits", an audit cycle and the grading of one of its sampled cases. */
export class AuditPages {
  private readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  async openFromHome(): Promise<void> {
    await this.page.getByRole('banner').getByRole('link', { name: 'TeamAround' }).click()
    await this.page.getByRole('link', { name: 'Case audits', exact: true }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Case audits' })).toBeVisible()
  }

  async startCycle(sampleSize: number): Promise<void> {
    await this.page
      .getByRole('textbox', { name: 'How many cases should the cycle sample? (optional)' })
      .fill(String(sampleSize))
    await this.page.getByRole('button', { name: 'Start an audit cycle' }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: /^Audit cycle started / })).toBeVisible()
  }

  /** The sampled cases' rows, the header row left out. */
  sampledRows(): Locator {
    const table = this.page.getByRole('table', { name: 'Sampled cases' })
    return table.getByRole('row').filter({ has: this.page.getByRole('cell') })
  }

  /** What a row of the sampled cases says: the child, the case's reference and its practitioner. */
  async sampledCase(row: Locator): Promise<SampledCase> {
    const [childName = '', reference = '', practitionerName = ''] = await row
      .locator('th, td')
      .evaluateAll((cells) => cells.map((cell) => cell.textContent ?? ''))
    return { childName: childName.replace(/\s*, case .*$/, ''), reference, practitionerName }
  }

  /** From the sampled case's row: its child's name leads to the grading. */
  async openGrading(row: Locator): Promise<void> {
    await row.getByRole('link').click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Grade the case' })).toBeVisible()
  }

  async grade(answers: { grade: string; findings: string; actions: string }): Promise<void> {
    await this.page.getByRole('group', { name: 'Grade' }).getByLabel(answers.grade, { exact: true }).check()
    await this.page.getByRole('textbox', { name: 'Findings' }).fill(answers.findings)
    await this.page.getByRole('textbox', { name: 'Actions for the practitioner (optional)' }).fill(answers.actions)
  }

  async saveGrade(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save grade' }).click()
  }

  errorSummary(): Locator {
    return this.page.locator('.govuk-error-summary')
  }
}
