import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { Suspense, type ReactNode } from 'react'
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router'
import { routes } from '../app/routes'

const testQueryClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } })

/** Renders one component as a page would have it: with a router, a query client (no retries) and a Suspense boundary. */
export function renderWithQueryClient(ui: ReactNode) {
  return render(
    <QueryClientProvider client={testQueryClient()}>
      <MemoryRouter>
        <Suspense fallback={<p>Loading…</p>}>{ui}</Suspense>
      </MemoryRouter>
    </QueryClientProvider>,
  )
}

/** Renders the whole app at a path, layout and error pages included. */
export function renderRoute(path: string) {
  return render(
    <QueryClientProvider client={testQueryClient()}>
      <RouterProvider router={createMemoryRouter(routes, { initialEntries: [path] })} />
    </QueryClientProvider>,
  )
}

export function jsonResponse(body: unknown, status = 200, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } })
}
