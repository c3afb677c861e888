import { screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeKeycloak } from '../test/fake-keycloak'
import { jsonResponse, renderRoute } from '../test/render'

vi.mock('keycloak-js', () => import('../test/fake-keycloak'))

describe('the app', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(false)
  })

  it('shows the signed-in user and a sign-out link in the header', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(jsonResponse({ id: '1', username: 'senco1', name: 'Sarah Cole', roles: [] })))
    renderRoute('/')

    const header = screen.getByRole('banner')
    expect(header).toHaveTextContent('TeamAround')
    expect(header).toHaveTextContent('Sarah Cole')
    window.localStorage.setItem('teamaround.assessment-draft.some-case', '{"texts":{}}')
    window.localStorage.setItem('another-site-setting', 'kept')
    await userEvent.click(screen.getByRole('link', { name: 'Sign out' }))
    expect(fakeKeycloak.logout).toHaveBeenCalledWith({ redirectUri: `${window.location.origin}/` })
    expect(window.localStorage.getItem('teamaround.assessment-draft.some-case')).toBeNull()
    expect(window.localStorage.getItem('another-site-setting')).toBe('kept')
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main-content')
    expect(screen.getByText('Alpha')).toBeInTheDocument()
  })

  it('shows the problem page when the API answers 503', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(
        jsonResponse({ type: 'about:blank', title: 'Service Unavailable', status: 503 }, 503, 'application/problem+json'),
      ),
    )
    renderRoute('/')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sorry, there is a problem with the service' }),
    ).toBeInTheDocument()
    expect(screen.getByText('Try again later.')).toBeInTheDocument()
    expect(screen.getByRole('banner')).toHaveTextContent('Sarah Cole')
  })

  it('shows the problem page when the backend cannot be reached at all', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')))
    renderRoute('/')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sorry, there is a problem with the service' }),
    ).toBeInTheDocument()
  })

  it('shows a not-found page for an unknown address', async () => {
    renderRoute('/no-such-page')

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Go to the TeamAround home page' })).toHaveAttribute('href', '/')
    expect(document.title).toBe('Page not found – TeamAround')
  })
})
