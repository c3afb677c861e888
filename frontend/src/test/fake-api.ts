import { vi } from 'vitest'
import { jsonResponse } from './render'

export type ApiCall = { method: string; path: string; url: URL; body: unknown }
type Answer = Response | ((call: ApiCall) => Response)

/**
 * Stands in for the backend: answers `fetch` by "METHOD /path" (the path without its query), records
 * each call, and answers 404 problem+json for anything else. Later answers for the same key win.
 */
export function fakeApi(routes: Record<string, Answer>) {
  const calls: ApiCall[] = []
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost')
    const method = (init?.method ?? 'GET').toUpperCase()
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined
    const call = { method, path: url.pathname, url, body }
    calls.push(call)
    const answer = routes[`${method} ${url.pathname}`]
    if (!answer) return problem(404, 'Not Found')
    return typeof answer === 'function' ? answer(call) : answer.clone()
  })
  vi.stubGlobal('fetch', fetch)
  return {
    calls,
    /** Sets or replaces an answer. */
    on(key: string, answer: Answer) {
      routes[key] = answer
    },
    callsTo(method: string, path: string) {
      return calls.filter((call) => call.method === method && call.path === path)
    },
  }
}

export function problem(status: number, title: string, extra: Record<string, unknown> = {}): Response {
  return jsonResponse({ type: 'about:blank', title, status, ...extra }, status, 'application/problem+json')
}
