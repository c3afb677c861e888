import { describe, expect, it } from 'vitest'
import { ConfigError, parseConfig } from './config'

describe('parseConfig', () => {
  it('uses the platform contract defaults when nothing is set', () => {
    expect(parseConfig({})).toEqual({
      keycloakUrl: 'http://localhost:8180',
      keycloakRealm: 'teamaround',
      keycloakClientId: 'teamaround-spa',
    })
  })

  it('takes the values it is given, without a trailing slash on the URL', () => {
    expect(
      parseConfig({
        VITE_KEYCLOAK_URL: 'https://sso.example.org/',
        VITE_KEYCLOAK_REALM: 'council',
        VITE_KEYCLOAK_CLIENT_ID: 'spa',
      }),
    ).toEqual({ keycloakUrl: 'https://sso.example.org', keycloakRealm: 'council', keycloakClientId: 'spa' })
  })

  it.each(['localhost:8180', 'ftp://localhost:8180', 'http://', 'not a url'])(
    'rejects the malformed VITE_KEYCLOAK_URL %s',
    (url) => {
      expect(() => parseConfig({ VITE_KEYCLOAK_URL: url })).toThrow(ConfigError)
      expect(() => parseConfig({ VITE_KEYCLOAK_URL: url })).toThrow(/VITE_KEYCLOAK_URL must be an http\(s\) URL/)
    },
  )

  it('rejects a realm name with a slash in it', () => {
    expect(() => parseConfig({ VITE_KEYCLOAK_REALM: 'team/around' })).toThrow(/VITE_KEYCLOAK_REALM/)
  })
})
