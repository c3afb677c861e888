import type { ReactNode } from 'react'
import { startSession } from '../lib/auth/session'
import { PageTitle } from '../lib/page-title'
import { App } from './app'
import { SignInUnavailablePage } from './errors/sign-in-unavailable-page'
import { PageLayout } from './layout/page-layout'

/** Signs in, then shows the app; when sign-in cannot happen, says so and offers to try again. */
export async function start(render: (page: ReactNode) => void): Promise<void> {
  render(
    <PageLayout>
      <PageTitle>Signing in</PageTitle>
      <p className="govuk-body">Signing you in…</p>
    </PageLayout>,
  )
  try {
    await startSession()
  } catch (error) {
    console.error(error)
    render(
      <PageLayout>
        <SignInUnavailablePage onTryAgain={() => window.location.reload()} />
      </PageLayout>,
    )
    return
  }
  render(<App />)
}
