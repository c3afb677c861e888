// The service's API as each demo user calls it: tokens from Keycloak (renewed before they expire) and JSON calls.
const PARTNER_SYSTEM = { client_id: 'partner-system', client_secret: 'partner-system-demo-secret' }
const RENEW_BEFORE_MS = 30_000
const RESTART_WAIT_MS = 20_000
/** How many times one request waits out the partner system's rate before its 429 counts as a failure. */
const MOST_RATE_WAITS = 5

/** The partner system's name among the callers: it signs in with client credentials, not a password. */
export const PARTNER_API = 'partner-system'

export class ApiError extends Error {
  constructor(method, path, status, body) {
    super(`${method} ${path}: ${status} ${body}`)
    this.status = status
  }
}

export class Service {
  constructor(apiUrl, keycloakUrl) {
    this.apiUrl = apiUrl
    this.tokenUrl = `${keycloakUrl}/realms/teamaround/protocol/openid-connect/token`
    this.tokens = new Map()
    this.calls = 0
  }

  /** The calls `who` makes: a demo user's name, or PARTNER_API. */
  as(who) {
    const call = (method, path, body, contentType) => this.call(who, method, path, body, contentType)
    return {
      get: (path) => call('GET', path),
      post: (path, body) => call('POST', path, body),
      put: (path, body) => call('PUT', path, body),
      delete: (path) => call('DELETE', path),
      postCsv: (path, csv) => call('POST', path, csv, 'text/csv'),
    }
  }

  /** The service's clock, or null when the service does not let it be moved (off outside the run and test stacks). */
  async readClock() {
    try {
      return await this.as('admin1').get('/api/v1/demo/clock')
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null
      throw error
    }
  }

  /** Moves the service's clock (an admin's call); it runs on from `at`. */
  moveClock(at) {
    return this.as('admin1').put('/api/v1/demo/clock', { at })
  }

  resetClock() {
    return this.as('admin1').delete('/api/v1/demo/clock')
  }

  async call(who, method, path, body, contentType = 'application/json') {
    const send = async () => fetch(`${this.apiUrl}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${await this.token(who)}`,
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': contentType }),
      },
      body: body === undefined ? undefined : contentType === 'application/json' ? JSON.stringify(body) : body,
    })
    const response = await whenAllowed(() => whenRestarted(send))
    this.calls++
    const text = await response.text()
    if (!response.ok) throw new ApiError(method, path, response.status, text)
    return text ? JSON.parse(text) : null
  }

  async token(who) {
    const held = this.tokens.get(who)
    if (held && held.expiresAt - Date.now() > RENEW_BEFORE_MS) return held.token
    const form = who === PARTNER_API
      ? { grant_type: 'client_credentials', ...PARTNER_SYSTEM }
      : { grant_type: 'password', client_id: 'teamaround-cli', username: who, password: 'demo' }
    const response = await whenRestarted(() => fetch(this.tokenUrl, { method: 'POST', body: new URLSearchParams(form) }))
    if (!response.ok) throw new Error(`token for ${who}: ${response.status} ${await response.text()}`)
    const { access_token: token, expires_in: expiresIn } = await response.json()
    this.tokens.set(who, { token, expiresAt: Date.now() + expiresIn * 1000 })
    return token
  }
}

/**
 * A partner system over its request rate gets 429 with Retry-After (600 a minute by default): like any well-behaved
 * partner system, the loader waits that long and sends again.
 */
async function whenAllowed(send) {
  for (let waits = 0; ; waits++) {
    const response = await send()
    if (response.status !== 429 || waits === MOST_RATE_WAITS) return response
    const seconds = Number(response.headers.get('Retry-After')) || 1
    await response.text()
    console.log(`Demo data: over the partner system's rate; waiting ${seconds} s as Retry-After says`)
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000))
  }
}

/** The lead may restart the backend with a newer build: a refused connection is tried once more after a pause. */
async function whenRestarted(send) {
  try {
    return await send()
  } catch (error) {
    if (error.cause?.code !== 'ECONNREFUSED') throw error
    console.log(`Connection refused; trying again in ${RESTART_WAIT_MS / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, RESTART_WAIT_MS))
    return send()
  }
}
