import { expect, test, type Page } from '@playwright/test'
import { ReferralsPages } from './pages/referrals-pages'
import { submitReferralAsSenco1 } from './support/api'
import { signInAs } from './support/sign-in'

/** Text that would run if the SPA ever put a referral's words into the page as HTML. */
const IMG = '<img src=x onerror="window.__injected=1">'
const SCRIPT = '<script>window.__injected=2</script>'
const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}`

/** Fails the test on any dialog and reports whether an injected handler or element ever ran or appeared. */
function watchForInjection(page: Page) {
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`)
  })
  return async () => {
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined()
    await expect(page.locator('main img[src="x"], main script')).toHaveCount(0)
  }
}

test('a referral whose words are script and HTML is shown as words, never run', async ({ browser, request }) => {
  const lastName = unique('Payload')
  const { id } = await submitReferralAsSenco1(
    request,
    { firstName: SCRIPT, lastName },
    {
      carers: [{ name: IMG, relationship: SCRIPT, phone: '07700 900123' }],
      needs: { tags: ['ANXIETY'], description: `${IMG} ${SCRIPT}` },
      schoolActions: IMG,
    },
  )

  const senior = await signInAs(browser, 'senior1', 'Helen Moore')
  const injectedAnything = watchForInjection(senior)
  await senior.goto(`/referrals/${id}`)
  await expect(senior.getByRole('main')).toContainText(SCRIPT)
  await expect(senior.getByText(`${IMG} ${SCRIPT}`)).toBeVisible()
  await expect(senior.getByText(IMG, { exact: true }).first()).toBeVisible()
  await injectedAnything()

  const referrals = new ReferralsPages(senior)
  await senior.goto('/referrals')
  await referrals.searchFor(lastName)
  await expect(senior.getByRole('main')).toContainText(`${SCRIPT} ${lastName}`)
  await injectedAnything()
  await senior.context().close()
})
