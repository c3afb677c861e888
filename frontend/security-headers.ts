import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'

/**
 * The security headers of the SPA's files, in one place for both servers: `vite preview` (make run, make test)
 * through securityHeadersPlugin, and nginx (docker compose) through nginx.conf, which
 * src/security-headers.test.ts holds to this set. The API sets its own (backend application.properties).
 * Strict-Transport-Security is left to whatever terminates TLS in production: both servers here speak plain HTTP.
 */

/** What neither server's use needs to loosen, the dev server included. */
export const HEADERS_BESIDE_CSP: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  // keycloak-js passes redirect_uri in the query, so sign-in does not need the Referer.
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), geolocation=(), microphone=(), payment=(), usb=()',
}

/** The policy for the built SPA, which talks to its own origin (the API under /api) and to Keycloak. */
export function contentSecurityPolicy(keycloakUrl: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // No inline styles: React and Recharts style elements through the CSSOM (element.style), which CSP does not
    // govern; only style attributes in markup, setAttribute('style') and cssText would need 'unsafe-inline'.
    "style-src 'self'",
    // data: for the empty favicon in index.html.
    "img-src 'self' data:",
    "font-src 'self'",
    // keycloak-js fetches tokens from Keycloak, and session.ts asks Keycloak whether it is up before signing in.
    `connect-src 'self' ${new URL(keycloakUrl).origin}`,
    // keycloak-js frames nothing: session.ts turns checkLoginIframe off and uses no silent check-sso.
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    // Sign-in and sign-out leave by redirect (keycloak-js logs out by GET unless told to POST), not by a form.
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

export function securityHeaders(keycloakUrl: string): Record<string, string> {
  return { 'Content-Security-Policy': contentSecurityPolicy(keycloakUrl), ...HEADERS_BESIDE_CSP }
}

/** Where a build records the headers made for it: the Keycloak URL is baked into the bundle, not known to preview. */
const RECORD = 'security-headers.json'
// As src/config/config.ts falls back to, when the build is given no VITE_KEYCLOAK_URL.
const DEFAULT_KEYCLOAK_URL = 'http://localhost:8180'

/**
 * Builds write the headers for the Keycloak the bundle talks to (VITE_KEYCLOAK_URL) next to it; `vite preview`
 * serves the folder it is given (dist for make run, dist-test for make test) with the headers recorded there,
 * so they follow the bundle whichever stack starts it.
 */
export function securityHeadersPlugin(): Plugin {
  let headers: Record<string, string> = {}
  return {
    name: 'teamaround-security-headers',
    config(config, { isPreview }) {
      if (!isPreview) return
      const outDir = resolve(config.root ?? process.cwd(), config.build?.outDir ?? 'dist')
      return { preview: { headers: recordedHeaders(outDir) } }
    },
    configResolved(config) {
      headers = securityHeaders(config.env['VITE_KEYCLOAK_URL']?.trim() || DEFAULT_KEYCLOAK_URL)
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: RECORD, source: `${JSON.stringify(headers, null, 2)}\n` })
    },
  }
}

function recordedHeaders(outDir: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(resolve(outDir, RECORD), 'utf8')) as Record<string, string>
  } catch (error) {
    throw new Error(`${outDir} has no readable ${RECORD}: build the SPA again (npm run build)`, { cause: error })
  }
}
