import { NextActions } from '../features/cases/components/next-actions'
import { useMe } from '../features/me/api/get-me'
import { HomePage } from '../features/me/components/home-page'
import { InvitedCases } from '../features/partners/components/invited-cases'

/**
 * The home page with what waits for the caller: a practitioner's next actions on their own cases (a senior's own
 * are those with their id), the cases a partner is invited to.
 */
export function HomeRoute() {
  const { data: me } = useMe()
  const senior = me.roles.includes('senior')
  return (
    <HomePage>
      {me.roles.includes('practitioner') && <NextActions practitionerId={senior ? me.id : undefined} />}
      {me.roles.includes('partner') && <InvitedCases />}
    </HomePage>
  )
}
