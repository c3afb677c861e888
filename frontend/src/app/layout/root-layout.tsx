import { Suspense } from 'react'
import { Outlet } from 'react-router'
import { signOut, signedInName } from '../../lib/auth/session'
import { PageLayout } from './page-layout'

export function RootLayout() {
  const name = signedInName()
  return (
    <PageLayout user={name === undefined ? undefined : { name, onSignOut: () => void signOut() }}>
      <Suspense fallback={<p className="govuk-body">Loading…</p>}>
        <Outlet />
      </Suspense>
    </PageLayout>
  )
}
