import { expect, test } from '@playwright/test'
import { AdminPages, type CsvFile } from './pages/admin-pages'
import { expectNoAccessibilityViolations } from './support/accessibility'
import { signInAs } from './support/sign-in'
import { tokenFor } from './support/api'

const HEADER = 'urn,name,area,phase,sen_percent,looked_after,mobility_percent,eal_percent'

/**
 * The database outlives a run: each run imports a school of its own, URN 90xxxx–94xxxx from the clock (the same
 * URN comes back after 14 hours: the school is then updated); the refused file's URNs, 95xxxx–99xxxx, never exist.
 */
const seconds = Math.floor(Date.now() / 1000) % 50000
const importedUrn = String(900000 + seconds)
const refusedUrn = String(950000 + seconds)

const csv = (name: string, ...rows: string[]): CsvFile => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from([HEADER, ...rows].join('\n') + '\n'),
})

test.describe('service configuration', () => {
  test('an administrator imports schools, switches a rule off and on, and sees it all in the history', async ({
    browser,
    request,
  }) => {
    test.slow() // ten pages, each with an axe check
    const urn = importedUrn
    const refused = refusedUrn
    const schoolName = `Browser Test Primary School ${Date.now().toString(36)}`
    const admin = await signInAs(browser, 'admin1', 'Alex Morgan')
    const pages = new AdminPages(admin)

    await pages.openFromHome()
    await expectNoAccessibilityViolations(admin)
    await pages.openSection('Schools')
    await expectNoAccessibilityViolations(admin)

    await pages.importSchools(
      csv(
        'bad-schools.csv',
        `${refused},Refused Test School,Pontefract,PRIMARY,12.5,1,3,4`,
        `${urn},${schoolName},Pontefract,PRIMARY,18%,2,5,6`,
      ),
    )
    await expect(pages.errorSummary()).toContainText('The file was not imported: nothing has changed.')
    await expect(pages.errorSummary()).toBeFocused()
    await expect(admin).toHaveTitle('Error: Schools – TeamAround')
    const problem = pages.importProblem(3)
    await expect(problem).toContainText('sen_percent')
    await expect(problem).toContainText('must be a number from 0 to 100, without a % sign')
    await expect(pages.successBanner()).toHaveCount(0)
    await expectNoAccessibilityViolations(admin)
    const headers = { Authorization: `Bearer ${await tokenFor(request, 'admin1')}` }
    expect((await request.get(`/api/v1/schools/${refused}`, { headers })).status()).toBe(404)

    await pages.importSchools(csv('schools.csv', `${urn},${schoolName},Pontefract,PRIMARY,18.5,2,5,6`))
    await expect(pages.successBanner()).toContainText('Schools imported')
    await expect(pages.successBanner()).toContainText(/1 school created|0 schools created, 1 updated/)
    await expect(pages.errorSummary()).toHaveCount(0)
    const row = await pages.schoolRow(urn)
    await expect(row).toContainText(schoolName)
    await expect(row).toContainText('Pontefract')
    await expect(row).toContainText('18.5%')
    await expectNoAccessibilityViolations(admin)

    await pages.backToConfiguration()
    await pages.openSection('Eligibility rules')
    await expectNoAccessibilityViolations(admin)
    const rule = 'Not known to Early Help or Social Care'
    const wasChecked = await pages.isRuleChecked(rule)
    await pages.setRuleChecked(rule, !wasChecked)
    await expectNoAccessibilityViolations(admin)
    await pages.saveRule()
    await expect(pages.successBanner()).toContainText(`${rule}: ${wasChecked ? 'not checked' : 'checked'} at triage.`)
    await expectNoAccessibilityViolations(admin)
    await pages.setRuleChecked(rule, wasChecked)
    await pages.saveRule()
    await expect(pages.successBanner()).toContainText(`${rule}: ${wasChecked ? 'checked' : 'not checked'} at triage.`)
    expect(await pages.isRuleChecked(rule)).toBe(wasChecked)

    await pages.backToConfiguration()
    await pages.openSection('Configuration history')
    const ruleChanges = pages.changesOf(`Eligibility rule: ${rule}`)
    const [from, to] = wasChecked ? ['No', 'Yes'] : ['Yes', 'No']
    await expect(ruleChanges.first()).toContainText(`admin1Eligibility rule: ${rule}Checked at triage${from}${to}`)
    await expect(ruleChanges.nth(1)).toContainText(`Checked at triage${to}${from}`)
    await expect(pages.changesOf(`School ${urn}`).filter({ hasText: 'Name' })).toContainText(schoolName)
    await expectNoAccessibilityViolations(admin)
    await admin.context().close()
  })

  test('an administrator sees each area’s triage cadence and its next meetings', async ({ browser }) => {
    const admin = await signInAs(browser, 'admin1', 'Alex Morgan')
    const pages = new AdminPages(admin)
    await pages.openFromHome()

    await pages.openSection('Areas and triage meetings')
    await expect(pages.card('Pontefract')).toContainText(/Meets every (week|\d+ weeks) on a \w+day/)
    await expect(pages.card('Pontefract').getByRole('definition').nth(1).getByRole('listitem')).toHaveCount(3)
    await expectNoAccessibilityViolations(admin)
    await pages.card('Pontefract').getByRole('link', { name: 'Change the cadence of Pontefract' }).click()
    await pages.expectHeading('Pontefract triage panel')
    await expectNoAccessibilityViolations(admin)
    await admin.context().close()
  })

  test('an administrator sees the practitioners with their area and capacity', async ({ browser }) => {
    const admin = await signInAs(browser, 'admin1', 'Alex Morgan')
    const pages = new AdminPages(admin)
    await pages.openFromHome()

    await pages.openSection('Practitioners')
    await expect(admin.getByRole('row').filter({ hasText: 'Priya Shah' })).toBeVisible()
    await expectNoAccessibilityViolations(admin)
    await admin.getByRole('link', { name: 'Change Priya Shah’s area and capacity' }).click()
    await pages.expectHeading('Priya Shah')
    await expectNoAccessibilityViolations(admin)
    await admin.context().close()
  })

  test('a senior practitioner may not configure the service', async ({ browser }) => {
    const senior = await signInAs(browser, 'senior1', 'Helen Moore')
    await expect(senior.getByRole('link', { name: 'Service configuration' })).toHaveCount(0)

    await senior.goto('/admin/schools')

    await new AdminPages(senior).expectHeading('You cannot change the service’s configuration')
    await expect(senior.getByRole('table')).toHaveCount(0)
    await expectNoAccessibilityViolations(senior)
    await senior.context().close()
  })
})
