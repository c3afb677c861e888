import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeKeycloak } from '../../test/fake-keycloak'
import { jsonResponse } from '../../test/render'
import { ApiError } from './api-error'
import { apiFetch } from './client'

vi.mock('keycloak-js', () => import('../../test/fake-keycloak'))

describe('apiFetch', () => {
  beforeEach(() => {
    fakeKeycloak.updateToken.mockResolvedValue(true)
  })

  it('refreshes the token when it is about to expire and sends it as a bearer token', async () => {
    const fetch = vi.fn().mockResolvedValue(jsonResponse({ name: 'Sarah Cole' }))
    vi.stubGlobal('fetch', fetch)

    await expect(apiFetch('/api/v1/me')).resolves.toEqual({ name: 'Sarah Cole' })

    expect(fakeKeycloak.updateToken).toHaveBeenCalledWith(30)
    const [path, init] = fetch.mock.calls[0] as [string, RequestInit]
    expect(path).toBe('/api/v1/me')
    expect(new Headers(init.headers).get('Authorization')).toBe('Bearer access-token-for-senco1')
  })

  it('sends the user to sign in again when the token cannot be refreshed', async () => {
    fakeKeycloak.updateToken.mockRejectedValue(new Error('session ended'))
    fakeKeycloak.login.mockReturnValue(new Promise(() => {}))
    const fetch = vi.fn()
    vi.stubGlobal('fetch', fetch)

    void apiFetch('/api/v1/me')
    await vi.waitFor(() => expect(fakeKeycloak.login).toHaveBeenCalled())
    expect(fetch).not.toHaveBeenCalled()
  })

  it('turns a problem+json 401 into an ApiError carrying the problem', async () => {
    const problem = { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'The token has expired' }
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(jsonResponse(problem, 401, 'application/problem+json')))

    const error = await apiFetch('/api/v1/me').catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 401, problem, message: '401 Unauthorized: The token has expired' })
  })

  it('turns a problem+json 400 into an ApiError with its field errors', async () => {
    const problem = {
      type: 'https://teamaround.example/problems/validation',
      title: 'Some answers are not valid',
      status: 400,
      errors: [{ field: 'child.upn', message: 'Enter a valid Unique Pupil Number' }],
    }
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(jsonResponse(problem, 400, 'application/problem+json')))

    const error = await apiFetch('/api/v1/me').catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).status).toBe(400)
    expect((error as ApiError).fieldErrors).toEqual([
      { field: 'child.upn', message: 'Enter a valid Unique Pupil Number' },
    ])
  })

  it('turns a failure without problem details (a proxy answering 502) into an ApiError with the status', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('Bad Gateway', { status: 502 })))

    const error = await apiFetch('/api/v1/me').catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 502, problem: undefined, fieldErrors: [] })
  })
})
