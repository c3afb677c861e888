import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

if (typeof document !== 'undefined') {
  // What main.tsx and the govuk-frontend stylesheet give the page in a browser, for govuk-frontend's JavaScript.
  document.body.classList.add('js-enabled', 'govuk-frontend-supported')
  document.documentElement.style.setProperty('--govuk-breakpoint-tablet', '40.0625em')
  // jsdom has no media queries: every query matches, as on a wide screen.
  window.matchMedia ??= (media: string) =>
    ({
      media,
      matches: true,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) satisfies MediaQueryList

  afterEach(() => {
    cleanup()
    document.head.querySelectorAll('title').forEach((title) => title.remove())
  })
}
