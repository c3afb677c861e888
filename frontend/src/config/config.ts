/** The SPA's build-time settings (see docs/platform-contract.md), checked once at start. */
export type Config = {
  keycloakUrl: string
  keycloakRealm: string
  keycloakClientId: string
}

type Env = Partial<Record<string, string | boolean | undefined>>

const NAME = /^[A-Za-z0-9._-]+$/

export class ConfigError extends Error {
  override name = 'ConfigError'
}

export function parseConfig(env: Env): Config {
  const problems: string[] = []
  const value = (key: string, fallback: string) => {
    const raw = env[key]
    return typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : fallback
  }

  const keycloakUrl = value('VITE_KEYCLOAK_URL', 'http://localhost:8180')
  if (!isHttpUrl(keycloakUrl)) {
    problems.push(`VITE_KEYCLOAK_URL must be an http(s) URL such as http://localhost:8180, not "${keycloakUrl}"`)
  }
  const keycloakRealm = value('VITE_KEYCLOAK_REALM', 'teamaround')
  if (!NAME.test(keycloakRealm)) {
    problems.push(`VITE_KEYCLOAK_REALM must be a realm name, not "${keycloakRealm}"`)
  }
  const keycloakClientId = value('VITE_KEYCLOAK_CLIENT_ID', 'teamaround-spa')
  if (!NAME.test(keycloakClientId)) {
    problems.push(`VITE_KEYCLOAK_CLIENT_ID must be a client id, not "${keycloakClientId}"`)
  }

  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`)
  }
  return { keycloakUrl: keycloakUrl.replace(/\/+$/, ''), keycloakRealm, keycloakClientId }
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.search === '' && url.hash === ''
  } catch {
    return false
  }
}

export const config: Config = parseConfig(import.meta.env)
