// The two backends under test on one database (A: the profile's own, B: its replica, started by run.sh), and the
// realm's tokens to call them as a demo user or as the partner system.
import assert from 'node:assert/strict'

const { REPLICA_A, REPLICA_B, KEYCLOAK_URL } = process.env
if (!REPLICA_A || !REPLICA_B || !KEYCLOAK_URL) {
  throw new Error('REPLICA_A, REPLICA_B and KEYCLOAK_URL are unset: run the suite with tools/replicas/run.sh <profile>')
}

export const PARTNER_SYSTEM = 'partner-system'

const tokens = new Map()

function token(who) {
  if (!tokens.has(who)) tokens.set(who, signIn(who))
  return tokens.get(who)
}

async function signIn(who) {
  const form = who === PARTNER_SYSTEM
    ? { grant_type: 'client_credentials', client_id: who, client_secret: 'partner-system-demo-secret' }
    : { grant_type: 'password', client_id: 'teamaround-cli', username: who, password: 'demo' }
  const response = await fetch(`${KEYCLOAK_URL}/realms/teamaround/protocol/openid-connect/token`,
    { method: 'POST', body: new URLSearchParams(form) })
  assert.equal(response.status, 200, `signing in as ${who}`)
  return (await response.json()).access_token
}

/** One backend: `as(who)` calls it with who's token and answers { status, type, body } whatever the status. */
function backend(name, url) {
  const call = async (who, method, path, body, headers = {}) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${await token(who)}`,
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    return { status: response.status, type: response.headers.get('content-type'), body: text ? JSON.parse(text) : null }
  }
  return {
    name,
    as: (who) => ({
      get: (path) => call(who, 'GET', path),
      post: (path, body, headers) => call(who, 'POST', path, body, headers),
      put: (path, body) => call(who, 'PUT', path, body),
      delete: (path) => call(who, 'DELETE', path),
    }),
  }
}

export const A = backend('A', REPLICA_A)
export const B = backend('B', REPLICA_B)

/** Asserts the status of an answer (showing its body when it differs) and answers the body. */
export function expectStatus(answer, status, what) {
  assert.equal(answer.status, status, `${what}: ${JSON.stringify(answer.body)}`)
  return answer.body
}
