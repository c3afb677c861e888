import { expect, type Locator, type Page } from '@playwright/test'
import { fillDate, summaryValue } from './govuk'

export type PlanActionAnswers = {
  what: string
  who: 'The family' | 'The school' | 'The family practitioner' | 'A partner agency'
  partnerAgency?: string
  byWhen: Date
}

export type ActionStatus = 'Not started' | 'In progress' | 'Done' | 'Dropped'

export type ReviewAnswers = {
  heldOn: Date
  attendees: string[]
  /** Where each action of the plan stands, in the plan's order. */
  progress: ActionStatus[]
  /** A score by the scale's label. */
  scores: Record<string, number>
  decision:
    | 'Continue the support'
    | 'Extend the support'
    | 'Step up to social care'
    | 'Step down to universal services'
    | 'Close the case'
  notes: string
}

export type ClosureAnswers = {
  reason: 'Outcomes achieved' | 'The family disengaged' | 'The family moved away'
  placementKept: boolean
  attendancePercent: string
  suspensions: number
  atRiskOfExclusion: boolean
  ehcNeedsAssessmentRequested: boolean
  ehcpIssued: boolean
  headlines: string[]
  feedback: { from: 'the parent or carer' | 'the child' | 'the school'; quote: string; rating: 1 | 2 | 3 | 4 | 5 }[]
}

const yesNo = (answer: boolean) => (answer ? 'Yes' : 'No')

/** A case's support plan, its reviews (recording one, a senior's word on an extension) and closing the case. */
export class CaseSupportPages {
  private readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  action(number: number): Locator {
    return this.page.getByRole('group', { name: `Action ${number}`, exact: true })
  }

  async writeAction(number: number, answers: PlanActionAnswers): Promise<void> {
    const action = this.action(number)
    await action.getByRole('textbox', { name: 'What will be done' }).fill(answers.what)
    await action.getByRole('group', { name: 'Who will do it' }).getByLabel(answers.who, { exact: true }).check()
    if (answers.partnerAgency) {
      await action.getByRole('textbox', { name: 'Which partner agency?' }).fill(answers.partnerAgency)
    }
    await fillDate(action.getByRole('group', { name: 'By when' }), answers.byWhen)
  }

  async addAction(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add another action' }).click()
  }

  async useIntervention(label: string): Promise<void> {
    await this.page.getByRole('group', { name: 'Interventions' }).getByLabel(label, { exact: true }).check()
  }

  /** "Saved at 10:42am", "Saving…", "Not saved yet", and any warning about saving. */
  saveStatus(): Locator {
    return this.page.getByRole('status')
  }

  async savePlan(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save plan' }).click()
    await expect(this.saveStatus()).toContainText(/Saved at \d{1,2}:\d{2}(am|pm)/)
  }

  async startReview(): Promise<void> {
    await this.page.getByRole('button', { name: 'Record a review' }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Record a review' })).toBeVisible()
  }

  async fillReview(answers: ReviewAnswers): Promise<void> {
    await fillDate(this.page.getByRole('group', { name: 'When was the review held?' }), answers.heldOn)
    await this.page.getByRole('textbox', { name: 'Who attended?' }).fill(answers.attendees.join('\n'))
    for (const [index, status] of answers.progress.entries()) {
      await this.page
        .getByRole('group', { name: new RegExp(`^Action ${index + 1}:`) })
        .getByLabel(status, { exact: true })
        .check()
    }
    for (const [scale, score] of Object.entries(answers.scores)) {
      await this.page.getByRole('textbox', { name: scale, exact: true }).fill(String(score))
    }
    await this.page
      .getByRole('group', { name: 'What did the review decide?' })
      .getByLabel(answers.decision, { exact: true })
      .check()
    await this.page.getByRole('textbox', { name: 'Notes (optional)' }).fill(answers.notes)
  }

  async recordReview(): Promise<void> {
    await this.page.getByRole('button', { name: 'Record review' }).click()
    await expect(this.page.getByRole('heading', { level: 2, name: 'Reviews', exact: true })).toBeVisible()
  }

  /** The latest review's card. */
  latestReview(): Locator {
    return this.page.locator('.govuk-summary-card').first()
  }

  reviewValue(review: Locator, key: string): Locator {
    return summaryValue(review, key)
  }

  /** A senior agrees to (or refuses) the extension the latest review waits for. */
  async decideExtension(agree: boolean, note: string): Promise<void> {
    const review = this.latestReview()
    await review.getByRole('textbox', { name: 'Note for the practitioner (optional)' }).fill(note)
    await review.getByRole('button', { name: agree ? 'Agree extension' : 'Refuse extension' }).click()
  }

  /** From the case's summary. */
  async startClosing(): Promise<void> {
    await this.page.getByRole('button', { name: 'Close the case' }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: 'Close the case' })).toBeVisible()
  }

  async fillClosure(answers: ClosureAnswers): Promise<void> {
    const choose = (legend: string, label: string) =>
      this.page.getByRole('group', { name: legend }).getByLabel(label, { exact: true }).check()
    await choose('Why is the case closing?', answers.reason)
    await choose('Is the child still at the same school?', yesNo(answers.placementKept))
    await this.page.getByRole('textbox', { name: 'Attendance now (optional)' }).fill(answers.attendancePercent)
    await this.page
      .getByRole('textbox', { name: 'Suspensions since the referral (optional)' })
      .fill(String(answers.suspensions))
    await choose('Is the child at risk of permanent exclusion now? (optional)', yesNo(answers.atRiskOfExclusion))
    await choose('Was an EHC needs assessment requested?', yesNo(answers.ehcNeedsAssessmentRequested))
    await choose('Was an EHC plan issued?', yesNo(answers.ehcpIssued))
    for (const headline of answers.headlines) {
      await this.page.getByRole('checkbox', { name: headline, exact: true }).check()
    }
    for (const { from, quote, rating } of answers.feedback) {
      const group = this.page.getByRole('group', { name: `From ${from}`, exact: true })
      await group.getByRole('textbox', { name: `What did ${from} say?` }).fill(quote)
      await group.getByLabel(String(rating), { exact: true }).check()
    }
  }

  async closeCase(): Promise<void> {
    await this.page.getByRole('button', { name: 'Close the case' }).click()
    await expect(this.page.getByRole('heading', { level: 2, name: 'Closure' })).toBeVisible()
  }

  /** A row of the closure's outcomes against the referral: the outcome, at referral, at closure. */
  outcome(name: string): Locator {
    return this.page
      .getByRole('table', { name: 'Outcomes against the referral' })
      .getByRole('row')
      .filter({ hasText: name })
  }

  /** Nothing on the page changes the case: no box to write in, no button to press. */
  async expectNothingToChange(): Promise<void> {
    const main = this.page.getByRole('main')
    await expect(main.getByRole('textbox')).toHaveCount(0)
    await expect(main.getByRole('button')).toHaveCount(0)
    await expect(main.getByRole('radio')).toHaveCount(0)
  }
}
