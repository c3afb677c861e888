import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { HEADERS_BESIDE_CSP, securityHeadersPlugin } from './security-headers.ts'

// The SPA calls its API on its own origin; dev and preview servers pass /api on to the backend.
const proxy = {
  '/api': { target: process.env.TEAMAROUND_API_URL ?? 'http://localhost:8080' },
}

export default defineConfig({
  // preview gets its headers, CSP included, from securityHeadersPlugin (security-headers.ts).
  plugins: [react(), securityHeadersPlugin()],
  // No CSP in development: Vite's dev server injects an inline script (React refresh) and <style> elements (CSS HMR).
  server: { port: 5173, strictPort: true, proxy, headers: HEADERS_BESIDE_CSP },
  preview: { port: 5173, strictPort: true, proxy },
  css: {
    // govuk-frontend keeps an old IE media-query hack that lightningcss cannot parse: drop it (one warning).
    lightningcss: { errorRecovery: true },
    preprocessorOptions: {
      // govuk-frontend 5 is written with @import and global functions; its deprecation notices are not ours to fix.
      scss: { quietDeps: true, silenceDeprecations: ['import', 'global-builtin'] },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    mockReset: true,
    restoreMocks: true,
    unstubGlobals: true,
  },
})
