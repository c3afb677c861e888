import { vi } from 'vitest'

/** Stands in for keycloak-js in unit tests: `vi.mock('keycloak-js', () => import('…/test/fake-keycloak'))`. */
export const fakeKeycloak = {
  token: 'access-token-for-senco1' as string | undefined,
  tokenParsed: { name: 'Sarah Cole', preferred_username: 'senco1' } as Record<string, unknown> | undefined,
  init: vi.fn<() => Promise<boolean>>(),
  updateToken: vi.fn<(minValidity: number) => Promise<boolean>>(),
  login: vi.fn<() => Promise<void>>(),
  logout: vi.fn<(options: { redirectUri: string }) => Promise<void>>(),
  onTokenExpired: undefined as (() => void) | undefined,
}

export default function FakeKeycloak() {
  return fakeKeycloak
}
