import { expect, type Locator, type Page } from '@playwright/test'
import { fillDate } from './govuk'

export type InvitationAnswers = { partner: string; from: Date; until: Date; note: string }

/**
 * A case's Partners tab and "Invite a partner" (its practitioner's side), and a partner's side: the cases they are
 * invited to on their home page, and a case as they see it.
 */
export class PartnerPages {
  private readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  async startInvitation(): Promise<void> {
    await this.page.getByRole('button', { name: 'Invite a partner' }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Invite a partner' })).toBeVisible()
  }

  /** Invites one partner user, chosen by name and agency ("Chris Green (CAMHS)"). */
  async invite(answers: InvitationAnswers): Promise<void> {
    await this.page.getByRole('radio', { name: 'A partner' }).check()
    await this.page.getByRole('combobox', { name: 'Partner' }).selectOption({ label: answers.partner })
    await fillDate(this.page.getByRole('group', { name: 'First day they can see the case' }), answers.from)
    await fillDate(this.page.getByRole('group', { name: 'Last day they can see the case' }), answers.until)
    await this.page.getByRole('textbox', { name: 'Note (optional)' }).fill(answers.note)
    await this.page.getByRole('button', { name: 'Invite', exact: true }).click()
  }

  /** An invitation's row in the case's partners table, by whom it invites. */
  invitationRow(invited: string): Locator {
    return this.page.getByRole('table').getByRole('row').filter({ hasText: invited })
  }

  async endInvitation(invited: string): Promise<void> {
    await this.invitationRow(invited).getByRole('button', { name: `End invitation of ${invited}` }).click()
  }

  /** A contribution on the page, by its words. */
  contribution(text: string): Locator {
    return this.page.getByText(text, { exact: true })
  }

  /** A case in "Cases you are invited to" on a partner's home page. */
  invitedCaseRow(childName: string): Locator {
    return this.page.getByRole('table', { name: /the invitation ending soonest first/ }).getByRole('row').filter({
      hasText: childName,
    })
  }

  async openInvitedCase(childName: string): Promise<void> {
    await this.invitedCaseRow(childName).getByRole('link', { name: new RegExp(childName) }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: childName, exact: true })).toBeVisible()
  }

  async addContribution(text: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Your contribution' }).fill(text)
    await this.page.getByRole('button', { name: 'Add contribution' }).click()
  }
}
