import { expect, test } from '@playwright/test'
import { ReferralsPages } from './pages/referrals-pages'
import { TriagePages } from './pages/triage-pages'
import { expectNoAccessibilityViolations } from './support/accessibility'
import { signInAs } from './support/sign-in'
import { submitReferralAsSenco1 } from './support/api'

/** The database lives for the whole run (and the run stack's for longer): each run refers a child of its own. */
const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}`

/** A week from today, as the meeting page writes it: "Pontefract panel, 4 December 2026". */
function nextWeek(): { date: Date; words: string } {
  const date = new Date()
  date.setDate(date.getDate() + 7)
  return { date, words: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(date) }
}

test.describe('the triage panel', () => {
  test('a senior schedules a meeting, accepts a submitted referral, and the school sees it accepted', async ({
    browser,
    request,
  }) => {
    test.slow() // three users, eight pages, each with an axe check
    const firstName = unique('Tia')
    const childName = `${firstName} Example`
    const referral = await submitReferralAsSenco1(request, { firstName, lastName: 'Example' })

    const senior = await signInAs(browser, 'senior1', 'Helen Moore')
    const triage = new TriagePages(senior)
    await triage.openListFromHome()
    await expectNoAccessibilityViolations(senior)

    const { date, words } = nextWeek()
    await triage.scheduleMeeting({
      date,
      area: 'Pontefract',
      attendee: { name: 'Jo Bloggs', agency: 'School nursing' },
      invite: 'Chris Green',
    })
    await expectNoAccessibilityViolations(senior)
    await triage.submitSchedule()

    await triage.expectMeeting(`Pontefract panel, ${words}`)
    const meetingPath = new URL(senior.url()).pathname
    await expect(triage.successBanner()).toContainText('Meeting scheduled')
    await expect(senior.getByText('Chris Green (CAMHS)')).toBeVisible()
    await expect(senior.getByText('Jo Bloggs (School nursing)')).toBeVisible()
    const card = triage.agendaCard(childName)
    await expect(card).toContainText(referral.reference)
    await expect(card).toContainText('Northgate Primary School')
    await expect(card).toContainText('Not decided yet')
    await expect(card.getByText('Met', { exact: true })).toHaveCount(3)
    await expect(triage.progress()).toBeVisible()
    await expectNoAccessibilityViolations(senior)

    await triage.openRecordDecision(childName)
    await triage.chooseDecision('Accept')
    await expect(senior.getByLabel(/outside the eligibility rules/)).toHaveCount(0)
    await expectNoAccessibilityViolations(senior)
    await triage.chooseDecision('Signpost')
    await expect(senior.getByRole('group', { name: 'Which services is the family signposted to?' })).toBeVisible()
    await expectNoAccessibilityViolations(senior)
    await triage.chooseDecision('Accept')
    await triage.recordDecision('SEMH needs; the school’s graduated approach has not been enough.')

    await triage.expectMeeting(`Pontefract panel, ${words}`)
    await expect(triage.successBanner()).toContainText('Decision recorded: Accepted for intensive family support')
    await expect(triage.successBanner()).toContainText(`${childName}, referral ${referral.reference}`)
    await expect(card).toContainText('Accepted for intensive family support')
    await expect(card).toContainText('Rationale: SEMH needs; the school’s graduated approach has not been enough.')
    await expect(card.getByRole('link', { name: /Record decision/ })).toHaveCount(0)
    await expectNoAccessibilityViolations(senior)
    await senior.context().close()

    const school = await signInAs(browser, 'senco1', 'Sarah Cole')
    const referrals = new ReferralsPages(school)
    await referrals.openListFromHome()
    await referrals.searchFor(firstName)
    await expect(referrals.row(firstName).getByText('Accepted', { exact: true })).toBeVisible()
    await referrals.openReferral(firstName)
    await expect(referrals.stateTag()).toHaveText('Accepted')
    await expect(school.getByRole('heading', { level: 2, name: 'The panel’s decision' })).toBeVisible()
    await expect(referrals.summaryValue('Decision')).toHaveText('Accepted for intensive family support')
    await expect(referrals.summaryValue('Decided on')).toHaveText(words)
    await expectNoAccessibilityViolations(school)
    await school.context().close()

    const partner = await signInAs(browser, 'partner1', 'Chris Green')
    await partner.getByRole('link', { name: 'Triage meetings you attend' }).click()
    await expect(partner.locator(`a[href="${meetingPath}"]`)).toHaveText(`${words}, Pontefract`)
    await expectNoAccessibilityViolations(partner)
    await partner.locator(`a[href="${meetingPath}"]`).click()
    await new TriagePages(partner).expectMeeting(`Pontefract panel, ${words}`)
    await expect(partner.getByText(childName)).toBeVisible()
    await expect(partner.getByRole('link', { name: /Record decision/ })).toHaveCount(0)
    await expectNoAccessibilityViolations(partner)
    await partner.context().close()
  })
})
