import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { ReportPages } from './pages/report-pages'
import { expectNoAccessibilityViolations } from './support/accessibility'
import { signInAs } from './support/sign-in'

/** Pontefract's first pilot period, which the demo service (tools/demo-data) draws to match Wakefield's early adopter. */
const PILOT = { from: '2024-11-01', to: '2025-12-31', area: 'Pontefract' }

test.describe('programme board reports', () => {
  test('a senior reads the pilot’s funnel for Pontefract, downloads it and drills down to the alternative support plans', async ({
    browser,
  }) => {
    test.slow() // a dozen pages on the demo service, each with an axe check
    const page = await signInAs(browser, 'senior1', 'Helen Moore')
    const reports = new ReportPages(page)
    await reports.openFromHome()
    await expectNoAccessibilityViolations(page)

    await reports.openReport('Referral funnel')
    await expectNoAccessibilityViolations(page)
    await reports.filter({ from: PILOT.from, to: PILOT.to, area: PILOT.area, by: 'School' })
    await expect(reports.headlineValue('Discussed at triage')).toHaveText('73')
    await expect(reports.headlineValue('Allocated')).toHaveText('38')
    await expect(reports.headlineValue('Signposted (alternative support plan)')).toHaveText('35')
    await expect(reports.headlineValue('Children supported including siblings')).toHaveText('171')
    await expect(reports.chart(/^Bar chart/).first()).toBeVisible()
    await expect(reports.breakdownTable('Referral funnel', 'School')).toBeVisible()
    await expectNoAccessibilityViolations(page)

    const download = await reports.downloadCsv()
    expect(download.suggestedFilename()).toBe('funnel_2024-11-01_to_2025-12-31_area-pontefract_by-school.csv')
    const csv = (await readFile(await download.path())).toString('utf8').split('\n')
    expect(csv[0]).toMatch(/^School,"Referrals received","Discussed at triage",Accepted,Allocated,/)
    expect(csv[1]).toMatch(/^All,\d+,73,38,38,35,0,0,/)

    await reports.openRecordsOf('Signposted (alternative support plan)')
    await expect(reports.recordRows()).toHaveCount(35)
    await expectNoAccessibilityViolations(page)
    await reports.backToReport()
    await expect(reports.headlineValue('Discussed at triage')).toHaveText('73')
    await page.context().close()
  })

  test('every report page shows its charts with their tables and passes axe', async ({ browser }) => {
    test.slow()
    const page = await signInAs(browser, 'senior1', 'Helen Moore')
    const reports = new ReportPages(page)
    for (const title of ['Timeliness', 'Caseloads and school allocations', 'Outcomes']) {
      await reports.openFromHome()
      await reports.openReport(title)
      await reports.filter({ from: '2024-11-01', to: '2026-08-31' })
      await expect(page.getByRole('figure').first()).toBeVisible()
      await expect(page.getByRole('table', { name: /: the figures$/ }).first()).toBeVisible()
      await expectNoAccessibilityViolations(page)
    }
    await expect(reports.headlineValue('School placement kept')).toHaveText(/^9\d(\.\d)?%$/)
    await page.context().close()
  })

  test('a practitioner has no reports', async ({ browser }) => {
    const page = await signInAs(browser, 'practitioner1', 'Priya Shah')
    await page.goto('/reports/funnel')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You cannot see the programme board reports')
    await page.context().close()
  })
})
