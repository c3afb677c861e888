import { render, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeKeycloak } from '../test/fake-keycloak'
import { start } from './start'

vi.mock('keycloak-js', () => import('../test/fake-keycloak'))

function startIntoTestRoot() {
  const { rerender } = render(<></>)
  return start((page: ReactNode) => rerender(page))
}

describe('start', () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(null, { status: 200 })))
  })

  it('says sign-in is not available when Keycloak cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')))
    vi.spyOn(console, 'error').mockImplementation(() => {})

    await startIntoTestRoot()

    expect(screen.getByRole('heading', { level: 1, name: 'Sorry, sign-in is not available at the moment' })).toBeVisible()
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible()
    expect(screen.queryByRole('link', { name: 'Sign out' })).not.toBeInTheDocument()
    expect(fakeKeycloak.init).not.toHaveBeenCalled()
  })

  it('says sign-in is not available when Keycloak fails to complete sign-in', async () => {
    fakeKeycloak.init.mockRejectedValue(new Error('token exchange failed'))
    vi.spyOn(console, 'error').mockImplementation(() => {})

    await startIntoTestRoot()

    expect(screen.getByRole('heading', { level: 1, name: 'Sorry, sign-in is not available at the moment' })).toBeVisible()
  })

  it('signs in with the authorization code flow and PKCE, then shows the app', async () => {
    fakeKeycloak.init.mockResolvedValue(true)
    fakeKeycloak.updateToken.mockResolvedValue(false)

    await startIntoTestRoot()

    expect(fakeKeycloak.init).toHaveBeenCalledWith({
      onLoad: 'login-required',
      pkceMethod: 'S256',
      checkLoginIframe: false,
    })
    expect(fakeKeycloak.onTokenExpired).toBeTypeOf('function')
    expect(await screen.findByRole('link', { name: 'Sign out' })).toBeVisible()
  })
})
