// @vitest-environment node
// Checks ../security-headers.ts, which the servers use rather than the app; Vitest only looks under src/.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, securityHeaders } from '../security-headers'

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')

/** The add_header lines of one nginx location, Cache-Control aside (it differs by location on purpose). */
function nginxHeaders(location: string): Record<string, string> {
  const block = new RegExp(`location ${location} \\{([^}]*)\\}`).exec(read('nginx.conf'))?.[1]
  if (block === undefined) throw new Error(`nginx.conf has no location ${location}`)
  const lines = [...block.matchAll(/add_header\s+(\S+)\s+"([^"]*)"(\s+always)?;/g)]
  // Without `always`, nginx leaves a header off error answers: show that as a different value.
  return Object.fromEntries(
    lines
      .filter(([, name]) => name !== 'Cache-Control')
      .map(([, name, value, always]) => [name, always ? value : `${value} (not always)`]),
  )
}

describe('security headers', () => {
  it('nginx serves the SPA with the headers vite preview gives it, for the Keycloak compose builds it for', () => {
    const keycloakUrl = /VITE_KEYCLOAK_URL:\s*(\S+)/.exec(read('../docker-compose.yml'))?.[1]
    expect(keycloakUrl).toMatch(/^https?:\/\//)
    const expected = securityHeaders(keycloakUrl ?? '')
    expect(nginxHeaders('/')).toEqual(expected)
    expect(nginxHeaders('/assets/')).toEqual(expected)
  })

  it('nginx leaves the API’s answers with the backend’s own headers', () => {
    expect(nginxHeaders('/api/')).toEqual({})
  })

  it('lets the SPA call the origin of the Keycloak it is built for, and runs no inline script', () => {
    const policy = contentSecurityPolicy('https://sso.example.gov.uk/auth/')
    expect(policy).toContain("connect-src 'self' https://sso.example.gov.uk;")
    expect(policy).toContain("script-src 'self';")
    expect(policy).toContain("frame-ancestors 'none'")
  })
})
