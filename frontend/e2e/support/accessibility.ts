import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Fails with a readable list when axe finds WCAG 2.2 AA violations on the page as it is now. */
export async function expectNoAccessibilityViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  const report = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}\n  ${violation.helpUrl}\n` +
      violation.nodes.map((node) => `  - ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
  )
  expect(violations, `Accessibility violations on ${page.url()}:\n${report.join('\n')}`).toEqual([])
}
