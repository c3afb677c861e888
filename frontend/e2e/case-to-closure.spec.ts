import { expect, test } from '@playwright/test'
import { ASSESSMENT_SECTIONS, CasePages } from './pages/case-pages'
import { CaseSupportPages } from './pages/case-support-pages'
import { expectNoAccessibilityViolations } from './support/accessibility'
import { caseOfPractitioner1 } from './support/api'
import { signInAs } from './support/sign-in'

/** The database lives for the whole run (and the run stack's for longer): each run refers a child of its own. */
const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}`

const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000)

test.describe('case work to closure', () => {
  test('a practitioner plans and reviews the support, a senior agrees to extend it, and the case closes with its outcomes', async ({
    browser,
    request,
  }) => {
    test.slow() // the whole case in the browser: some twenty pages, each with an axe check, and two sign-ins
    const childName = `${unique('Ada')} Example`
    const [firstName = '', lastName = ''] = childName.split(' ')
    const caseId = await caseOfPractitioner1(request, { firstName, lastName })

    const page = await signInAs(browser, 'practitioner1', 'Priya Shah')
    const cases = new CasePages(page)
    const support = new CaseSupportPages(page)
    await cases.openYourCasesFromHome()
    await cases.openCase(childName)

    // The first contact and the completed assessment (case-work.spec.ts shows what survives an ended session).
    await cases.openTab('Contacts')
    await cases.startContact()
    await cases.fillContact({
      date: new Date(),
      type: 'Home visit',
      minutes: 60,
      whoSeen: 'Mother and child',
      childSeenAlone: true,
      note: 'Met the family at home.',
    })
    await cases.submitContact()
    await expect(cases.successBanner()).toContainText('The case is now active.')
    await cases.openTab('Assessment')
    for (const section of ASSESSMENT_SECTIONS) await cases.write(section, `What the family said: ${section}.`)
    await cases.completeAssessment()
    await expect(cases.successBanner()).toContainText('Assessment completed')
    await cases.openTab('Summary')
    await expect(cases.summaryValue('State')).toHaveText('Active')

    // The plan: two SMART actions, one a partner agency's, and an intervention; it saves itself as it is written.
    await cases.openTab('Plan')
    await expect(support.saveStatus()).toContainText('Not saved yet')
    await support.writeAction(1, { what: 'Morning routine chart with Jo', who: 'The family', byWhen: inDays(21) })
    await support.addAction()
    await support.writeAction(2, {
      what: 'Assessment of anxiety',
      who: 'A partner agency',
      partnerAgency: 'CAMHS',
      byWhen: inDays(42),
    })
    await support.useIntervention('PACE (playfulness, acceptance, curiosity, empathy)')
    await support.savePlan()
    await expectNoAccessibilityViolations(page)

    // The first review asks to extend the support: it waits for a senior.
    await cases.openTab('Reviews')
    await expect(page.getByText('No reviews have been recorded yet.')).toBeVisible()
    await support.startReview()
    await expectNoAccessibilityViolations(page)
    await support.fillReview({
      heldOn: new Date(),
      attendees: ['Jo Example (mother)', 'Priya Shah (family practitioner)', 'Sarah Cole (SENCO)'],
      progress: ['In progress', 'Not started'],
      scores: { "The family's view of the child's wellbeing": 5, 'School engagement': 4 },
      decision: 'Extend the support',
      notes: 'Jo asked for more time to settle the morning routine.',
    })
    await support.recordReview()
    await expect(cases.successBanner()).toContainText('The extension waits for a senior’s agreement.')
    await expect(support.reviewValue(support.latestReview(), 'Extension')).toHaveText(
      'Waiting for a senior’s agreement',
    )
    await expect(page.getByRole('button', { name: 'Agree extension' })).toHaveCount(0)
    await expectNoAccessibilityViolations(page)

    // A senior, sent the case's reviews, agrees.
    const seniorPage = await signInAs(browser, 'senior1', 'Helen Moore')
    const senior = new CaseSupportPages(seniorPage)
    const seniorCases = new CasePages(seniorPage)
    await seniorPage.goto(`/cases/${caseId}/reviews`)
    await seniorCases.expectPage('Reviews')
    await expectNoAccessibilityViolations(seniorPage)
    await senior.decideExtension(true, 'Agreed for six more weeks.')
    await expect(seniorCases.successBanner()).toContainText('Extension agreed')
    await expect(senior.reviewValue(senior.latestReview(), 'Extension')).toContainText('Agreed by Helen Moore on')
    await seniorPage.context().close()

    // The practitioner sees the senior's word, and records the review that ends the support.
    await page.reload()
    await cases.expectPage('Reviews')
    await expect(support.reviewValue(support.latestReview(), 'Extension')).toContainText('Agreed for six more weeks.')
    await support.startReview()
    await support.fillReview({
      heldOn: new Date(),
      attendees: ['Jo Example (mother)', 'Priya Shah (family practitioner)'],
      progress: ['Done', 'Done'],
      scores: { "The family's view of the child's wellbeing": 8, 'School engagement': 7 },
      decision: 'Close the case',
      notes: 'Mornings are calm; CAMHS saw the child.',
    })
    await support.recordReview()
    await expect(cases.successBanner()).toContainText('The reviews have ended')
    await expect(support.reviewValue(support.latestReview(), 'Decision')).toHaveText('Close the case')

    // Closing the case with its outcomes and the family's and school's feedback.
    await cases.openTab('Summary')
    await expect(cases.summaryValue('Next review')).toHaveCount(0)
    await expectNoAccessibilityViolations(page)
    await support.startClosing()
    await expectNoAccessibilityViolations(page)
    await support.fillClosure({
      reason: 'Outcomes achieved',
      placementKept: true,
      attendancePercent: '95',
      suspensions: 0,
      atRiskOfExclusion: false,
      ehcNeedsAssessmentRequested: false,
      ehcpIssued: false,
      headlines: ['Getting a good education', 'Improved family relationships'],
      feedback: [
        { from: 'the parent or carer', quote: 'Mornings are calmer now.', rating: 5 },
        { from: 'the school', quote: 'Attending every day.', rating: 4 },
      ],
    })
    await support.closeCase()
    await expect(cases.successBanner()).toContainText('Case closed')
    await expect(cases.summaryValue('State')).toHaveText('Closed')
    await expect(support.outcome('Attendance')).toContainText('82.5%')
    await expect(support.outcome('Attendance')).toContainText('95%')
    await expect(support.outcome('Suspensions')).toContainText(/1\s*0/)
    await expect(page.getByText('“Mornings are calmer now.”')).toBeVisible()
    await support.expectNothingToChange()
    await expectNoAccessibilityViolations(page)

    // A closed case's pages are read-only.
    await cases.openTab('Plan')
    await expect(page.getByRole('table', { name: 'Actions' }).getByRole('row')).toHaveCount(3)
    await support.expectNothingToChange()
    await expectNoAccessibilityViolations(page)
    await cases.openTab('Reviews')
    await expect(page.locator('.govuk-summary-card')).toHaveCount(2)
    await support.expectNothingToChange()
    await expectNoAccessibilityViolations(page)

    // The history tells the whole story, latest first.
    await cases.openTab('History')
    const steps = page.getByRole('table', { name: /steps, latest first/ }).getByRole('row')
    await expect(steps.nth(1)).toContainText('Closed')
    await expect(steps.nth(1)).toContainText('Outcomes achieved')
    await expect(page.getByRole('row', { name: /Extension agreed/ })).toContainText('Helen Moore')
    await expectNoAccessibilityViolations(page)
    await page.context().close()
  })
})
