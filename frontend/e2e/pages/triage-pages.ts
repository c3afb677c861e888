import { expect, type Locator, type Page } from '@playwright/test'
import { successBanner } from './govuk'

/** "Triage meetings", "Schedule a triage meeting", a meeting's agenda and "Record the decision". */
export class TriagePages {
  private readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  async openListFromHome(): Promise<void> {
    await this.page.getByRole('link', { name: 'Triage meetings', exact: true }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Triage meetings' })).toBeVisible()
  }

  /** Fills in the schedule form: the date, the area, one attendee typed in and, when named, a partner user invited. */
  async scheduleMeeting(meeting: {
    date: Date
    area: string
    attendee: { name: string; agency: string }
    invite?: string
  }) {
    const { date, area, attendee, invite } = meeting
    await this.page.getByRole('button', { name: 'Schedule a meeting' }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Schedule a triage meeting' })).toBeVisible()
    const when = this.page.getByRole('group', { name: 'Date of the meeting' })
    await when.getByLabel('Day').fill(String(date.getDate()))
    await when.getByLabel('Month').fill(String(date.getMonth() + 1))
    await when.getByLabel('Year').fill(String(date.getFullYear()))
    await this.page.getByRole('group', { name: 'Area' }).getByLabel(area).check()
    if (invite) await this.page.getByRole('group', { name: 'Which partners are invited?' }).getByLabel(invite).check()
    await this.page.getByRole('button', { name: 'Add an attendee' }).click()
    const row = this.page.getByRole('group', { name: 'Attendee 1' })
    await row.getByLabel('Name').fill(attendee.name)
    await row.getByLabel('Agency').fill(attendee.agency)
  }

  async submitSchedule(): Promise<void> {
    await this.page.getByRole('button', { name: 'Schedule meeting' }).click()
  }

  async expectMeeting(title: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  }

  /** A referral's card on the agenda, found by the child's name in its heading. */
  agendaCard(childName: string): Locator {
    return this.page
      .locator('.govuk-summary-card')
      .filter({ has: this.page.getByRole('heading', { level: 3, name: childName, exact: true }) })
  }

  progress(): Locator {
    return this.page.getByText(/^\d+ of \d+ decided$/)
  }

  async openRecordDecision(childName: string): Promise<void> {
    await this.agendaCard(childName).getByRole('link', { name: `Record decision for ${childName}` }).click()
    await expect(
      this.page.getByRole('heading', { level: 1, name: `Record the decision for ${childName}` }),
    ).toBeVisible()
  }

  async chooseDecision(label: string): Promise<void> {
    const decisions = this.page.getByRole('group', { name: 'What has the panel decided?' })
    await decisions.getByLabel(label, { exact: true }).check()
  }

  async recordDecision(rationale: string): Promise<void> {
    await this.page.getByLabel('Rationale', { exact: true }).fill(rationale)
    await this.page.getByRole('button', { name: 'Record decision' }).click()
  }

  successBanner(): Locator {
    return successBanner(this.page)
  }
}
