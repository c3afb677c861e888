import { defineConfig } from '@playwright/test'

// Runs against a stack the Makefile has started on the test ports (Keycloak 8181, backend 8081, SPA 5174).
export default defineConfig({
  testDir: './e2e',
  // make test adds a JUnit file for its closing summary.
  reporter: process.env['JUNIT_DIR'] ? [['list'], ['junit', { outputFile: `${process.env['JUNIT_DIR']}/e2e.xml` }]] : 'list',
  forbidOnly: !!process.env['CI'],
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: process.env['E2E_BASE_URL'] ?? 'http://localhost:5174',
    timezoneId: 'Europe/London',
    locale: 'en-GB',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // The machine's Debian chromium: Playwright's own browser download is not available here.
    browserName: 'chromium',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
})
