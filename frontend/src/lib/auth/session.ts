import Keycloak from 'keycloak-js'
import { config } from '../../config/config'
import { forgetDeviceData } from '../device-storage'

/** The signed-in session: Keycloak authorization code flow with PKCE, tokens kept in memory only. */
const keycloak = new Keycloak({
  url: config.keycloakUrl,
  realm: config.keycloakRealm,
  clientId: config.keycloakClientId,
})

const REACHABLE_TIMEOUT_MS = 5_000
const INIT_TIMEOUT_MS = 15_000
const MIN_VALIDITY_SECONDS = 30

class SignInUnavailableError extends Error {
  override name = 'SignInUnavailableError'
}

/**
 * Signs the user in, sending them to the Keycloak login page when they have no session.
 * Rejects with SignInUnavailableError when Keycloak cannot be reached or does not answer in time.
 */
export async function startSession(): Promise<void> {
  await assertKeycloakReachable()
  keycloak.onTokenExpired = () => {
    keycloak.updateToken(MIN_VALIDITY_SECONDS).catch(() => keycloak.login())
  }
  try {
    await withTimeout(
      keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false }),
      INIT_TIMEOUT_MS,
    )
  } catch (error) {
    throw new SignInUnavailableError('Keycloak did not complete sign-in', { cause: error })
  }
}

/** A token valid for at least 30 more seconds; sends the user to sign in again when the session has ended. */
export async function accessToken(): Promise<string> {
  try {
    await keycloak.updateToken(MIN_VALIDITY_SECONDS)
  } catch {
    await keycloak.login()
  }
  if (!keycloak.token) {
    throw new Error('There is no signed-in session')
  }
  return keycloak.token
}

export function signedInName(): string | undefined {
  const name: unknown = keycloak.tokenParsed?.['name'] ?? keycloak.tokenParsed?.['preferred_username']
  return typeof name === 'string' ? name : undefined
}

export function signOut(): Promise<void> {
  forgetDeviceData()
  return keycloak.logout({ redirectUri: `${window.location.origin}/` })
}

/**
 * keycloak-js only builds URLs before it redirects to the login page, so an unreachable Keycloak
 * would leave the user on the browser's own error page: ask first (an opaque answer is enough).
 */
async function assertKeycloakReachable(): Promise<void> {
  const url = `${config.keycloakUrl}/realms/${config.keycloakRealm}/.well-known/openid-configuration`
  try {
    await fetch(url, { mode: 'no-cors', cache: 'no-store', signal: AbortSignal.timeout(REACHABLE_TIMEOUT_MS) })
  } catch (error) {
    throw new SignInUnavailableError(`Keycloak cannot be reached at ${config.keycloakUrl}`, { cause: error })
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No answer within ${ms} ms`)), ms)
    promise.then(resolve, reject).finally(() => clearTimeout(timer))
  })
}
