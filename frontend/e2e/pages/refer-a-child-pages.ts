import { expect, type Locator, type Page } from '@playwright/test'
import { summaryValue } from './govuk'

export type ChildDetails = { firstName: string; lastName: string; upn?: string }

/** The question pages of "Refer a child", found by their labels as a user reads them. */
export class ReferAChildPages {
  private readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  async expectQuestionPage(heading: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
  }

  async saveAndContinue(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save and continue' }).click()
  }

  async fillDate(group: Locator, day: string, month: string, year: string): Promise<void> {
    await group.getByLabel('Day').fill(day)
    await group.getByLabel('Month').fill(month)
    await group.getByLabel('Year').fill(year)
  }

  /** The child page, as far as it needs to be filled for a draft (name and, if given, UPN). */
  async fillChildName(child: ChildDetails): Promise<void> {
    await this.expectQuestionPage('About the child')
    await this.page.getByLabel('First name').fill(child.firstName)
    await this.page.getByLabel('Last name').fill(child.lastName)
    if (child.upn !== undefined) await this.page.getByLabel(/Unique Pupil Number/).fill(child.upn)
  }

  async fillChild(child: ChildDetails): Promise<void> {
    await this.fillChildName(child)
    await this.fillDate(this.page.getByRole('group', { name: 'Date of birth' }), '14', '3', '2017')
    await this.page.getByRole('group', { name: 'Gender' }).getByLabel('Male', { exact: true }).check()
    await this.page.getByLabel('Year group').selectOption({ label: 'Year 4' })
    await this.page.getByLabel(/NHS number/).fill('943 476 5919')
    await this.page.getByLabel('SEN support').check()
    await this.page.getByLabel('Primary need').selectOption('SEMH')
    await this.page
      .getByRole('group', { name: /My Support Plan/ })
      .getByLabel('Yes')
      .check()
  }

  async addSibling(firstName: string, lastName: string): Promise<void> {
    await this.expectQuestionPage('Brothers and sisters')
    await this.page.getByRole('button', { name: 'Add a brother or sister' }).click()
    const sibling = this.page.getByRole('group', { name: 'Brother or sister 1' })
    await sibling.getByLabel('First name').fill(firstName)
    await sibling.getByLabel('Last name').fill(lastName)
    await this.fillDate(sibling.getByRole('group', { name: 'Date of birth' }), '1', '6', '2019')
  }

  async fillCarer(name: string): Promise<void> {
    await this.expectQuestionPage('Parents and carers')
    await this.page.getByLabel('Full name').fill(name)
    await this.page.getByLabel('Relationship to the child').fill('Mother')
    await this.page.getByLabel('Phone number').fill('07700 900123')
    await this.page.getByLabel('Email address').fill('jo@example.org')
    await this.page.getByLabel('Preferred language').fill('English')
  }

  async fillNeeds({ safeguardingConcern }: { safeguardingConcern: boolean }): Promise<void> {
    await this.expectQuestionPage('The child’s needs')
    await this.page.getByLabel('Anxiety').check()
    await this.page.getByLabel('School avoidance').check()
    await this.page.getByLabel('Describe the needs').fill('Finds mornings very hard; has missed school on Mondays.')
    if (safeguardingConcern)
      await this.page.getByLabel('I have an immediate safeguarding concern about this child').check()
  }

  async fillEducation(): Promise<void> {
    await this.expectQuestionPage('Impact on education')
    await this.page.getByLabel('Attendance last term').fill('82.5')
    await this.page.getByLabel('Suspensions this school year').fill('1')
    await this.page
      .getByRole('group', { name: 'Is the child at risk of permanent exclusion?' })
      .getByLabel('No', { exact: true })
      .check()
  }

  async fillSchoolActions(): Promise<void> {
    await this.page.getByLabel('What has the school already done?').fill('Assess, plan, do, review since September.')
  }

  async fillKnownTo(): Promise<void> {
    await this.expectQuestionPage('Early Help and Social Care')
    await this.page
      .getByRole('group', { name: 'Is the family known to Early Help?' })
      .getByLabel('No', { exact: true })
      .check()
    await this.page
      .getByRole('group', { name: 'Is the family known to Children’s Social Care?' })
      .getByLabel('Not known')
      .check()
  }

  async fillConsent(givenBy: string): Promise<void> {
    await this.expectQuestionPage('Consent')
    await this.page.getByLabel('Who gave consent?').fill(givenBy)
    await this.fillDate(this.page.getByRole('group', { name: 'When did they give it?' }), '3', '11', '2025')
    await this.page.getByLabel('In person').check()
    await this.page.getByLabel(/agree to the service sharing information/).check()
  }

  /** The value against a key in the check-your-answers summary lists. */
  answer(key: string): Locator {
    return summaryValue(this.page, key)
  }

  errorSummary(): Locator {
    return this.page.locator('.govuk-error-summary')
  }
}
