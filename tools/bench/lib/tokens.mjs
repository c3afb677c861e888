// Bearer tokens from the bench Keycloak, one per demo user, fetched before an operation is measured so that no
// token request falls inside a measurement (the realm's tokens live five minutes, longer than any one operation).
const FRESH_FOR_MS = 90_000

export class Tokens {
  constructor(keycloakUrl) {
    this.url = `${keycloakUrl}/realms/teamaround/protocol/openid-connect/token`
    this.held = new Map()
  }

  async header(username) {
    const held = this.held.get(username)
    if (held && held.expiresAt - Date.now() > FRESH_FOR_MS) return held.header
    const form = { grant_type: 'password', client_id: 'teamaround-cli', username, password: 'demo' }
    const response = await fetch(this.url, { method: 'POST', body: new URLSearchParams(form) })
    if (!response.ok) throw new Error(`token for ${username}: ${response.status} ${await response.text()}`)
    const { access_token: token, expires_in: expiresIn } = await response.json()
    const header = `Bearer ${token}`
    this.held.set(username, { header, expiresAt: Date.now() + expiresIn * 1000 })
    return header
  }
}
