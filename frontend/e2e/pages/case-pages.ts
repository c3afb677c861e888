import { expect, type Locator, type Page } from '@playwright/test'
import { fillDate, summaryValue, successBanner } from './govuk'

/** A case's pages in its navigation. */
/** The assessment's sections as the page labels them, in order. */
export const ASSESSMENT_SECTIONS = [
  'The child’s needs',
  'Parenting capacity',
  'Family and environmental factors',
  'Strengths',
  'Risks',
  'The child’s wishes and feelings',
  'Aspirations (preparing for adulthood)',
  'The school’s input',
  'The family network and contingency',
] as const

export type CaseTab = 'Summary' | 'Contacts' | 'Assessment' | 'Plan' | 'Reviews' | 'Partners' | 'History'

export type ContactAnswers = {
  date: Date
  type: 'Home visit' | 'School visit' | 'Call' | 'Meeting' | 'Other'
  minutes: number
  whoSeen: string
  childSeenAlone: boolean | undefined
  note: string
}

/** "Your cases", a case's pages (summary, contacts, assessment and its versions) and "Record a contact". */
export class CasePages {
  private readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  async openYourCasesFromHome(): Promise<void> {
    await this.page.getByRole('banner').getByRole('link', { name: 'TeamAround' }).click()
    await this.page.getByRole('link', { name: 'Your cases', exact: true }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Your cases' })).toBeVisible()
  }

  async openCase(childName: string): Promise<void> {
    await this.page
      .getByRole('row')
      .filter({ hasText: childName })
      .getByRole('link', { name: new RegExp(childName) })
      .click()
    await expect(this.page.getByRole('heading', { level: 1, name: childName, exact: true })).toBeVisible()
    await this.expectPage('Summary')
  }

  /** One of the case's pages, from its navigation. */
  async openTab(name: CaseTab): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Case' }).getByRole('link', { name, exact: true }).click()
    await this.expectPage(name)
  }

  async expectPage(name: CaseTab): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible()
    await expect(
      this.page.getByRole('navigation', { name: 'Case' }).getByRole('link', { name, exact: true }),
    ).toHaveAttribute('aria-current', 'page')
  }

  /** The value against a key in the case's summary list. */
  summaryValue(key: string): Locator {
    return summaryValue(this.page, key)
  }

  successBanner(): Locator {
    return successBanner(this.page)
  }

  contactRow(text: string): Locator {
    return this.page.getByRole('table').getByRole('row').filter({ hasText: text })
  }

  async startContact(): Promise<void> {
    await this.page.getByRole('button', { name: 'Record a contact' }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Record a contact' })).toBeVisible()
  }

  async fillContact(answers: ContactAnswers): Promise<void> {
    await fillDate(this.page.getByRole('group', { name: 'Date of the contact' }), answers.date)
    await this.page.getByRole('group', { name: 'Type of contact' }).getByLabel(answers.type, { exact: true }).check()
    await this.page.getByRole('textbox', { name: 'How long did it take?' }).fill(String(answers.minutes))
    await this.page.getByRole('textbox', { name: 'Who was seen? (optional)' }).fill(answers.whoSeen)
    const seen = this.page.locator('input[name="childSeen"]')
    if (answers.childSeenAlone === undefined) {
      await seen.and(this.page.getByLabel('No', { exact: true })).check()
    } else {
      await seen.and(this.page.getByLabel('Yes', { exact: true })).check()
      await this.page
        .getByRole('group', { name: 'Was the child seen alone?' })
        .getByLabel(answers.childSeenAlone ? 'Yes' : 'No', { exact: true })
        .check()
    }
    await this.page.getByRole('textbox', { name: 'Note' }).fill(answers.note)
  }

  async submitContact(): Promise<void> {
    await this.page.getByRole('button', { name: 'Record contact' }).click()
  }

  /** An assessment section's box, by its label. */
  section(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true })
  }

  /** Writes into a section and leaves it, which saves a change. */
  async write(label: string, text: string): Promise<void> {
    await this.section(label).fill(text)
    await this.section(label).blur()
  }

  /** "Saved at 10:42am", "Saving…", "Not saved yet", and any warning about saving. */
  saveStatus(): Locator {
    return this.page.getByRole('status')
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus()).toContainText(/Saved at \d{1,2}:\d{2}(am|pm)/)
  }

  async completeAssessment(): Promise<void> {
    await this.page.getByRole('button', { name: 'Complete assessment' }).click()
  }

  async openVersions(): Promise<void> {
    await this.page.getByRole('link', { name: 'Versions of the assessment' }).click()
    await expect(this.page.getByRole('heading', { level: 2, name: 'Versions of the assessment' })).toBeVisible()
  }
}
