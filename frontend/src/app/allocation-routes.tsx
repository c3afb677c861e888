import type { ReactNode } from 'react'
import { useSearchParams, type RouteObject } from 'react-router'
import { AllocatePage } from '../features/allocation/components/allocate-page'
import { PractitionersPage } from '../features/allocation/components/practitioners-page'
import { QueuePage } from '../features/allocation/components/queue-page'
import { usePractitioners } from '../features/allocation/api/get-practitioners'
import { CasesPage } from '../features/cases/components/cases-page'
import { useShowAllocatedCase } from '../features/cases/hooks/use-show-allocated-case'
import { useMe, type Me } from '../features/me/api/get-me'
import { PageTitle } from '../lib/page-title'

const isSenior = (me: Me) => me.roles.includes('senior')
const isPractitioner = (me: Me) => me.roles.includes('practitioner')

/** Seniors allocate and see every caseload; a practitioner sees their own cases (the API decides which). */
export function Allowed({
  when,
  what,
  who,
  children,
}: {
  when: (me: Me) => boolean
  what: string
  who: string
  children: ReactNode
}) {
  const { data: me } = useMe()
  if (when(me)) return children
  const title = `You cannot ${what}`
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">
        Only {who} can {what}.
      </p>
    </>
  )
}

export const SENIOR = 'a senior practitioner'

/** Allocating opens the case, which the cases feature shows with what just happened. */
function AllocateRoute() {
  const showAllocatedCase = useShowAllocatedCase()
  return <AllocatePage onAllocated={showAllocatedCase} />
}

/** A practitioner's own cases; for a senior every case, or one practitioner's (`?practitioner=<id>`). */
function CasesRoute() {
  const { data: me } = useMe()
  const practitionerId = useSearchParams()[0].get('practitioner') ?? undefined
  if (!isSenior(me)) return <CasesPage title="Your cases" empty="You have no cases yet." />
  if (!practitionerId) return <CasesPage title="All cases" empty="There are no cases yet." showPractitioner />
  if (practitionerId === me.id) {
    return <CasesPage practitionerId={practitionerId} title="Your cases" empty="You have no cases yet." />
  }
  return <PractitionerCases practitionerId={practitionerId} />
}

function PractitionerCases({ practitionerId }: { practitionerId: string }) {
  const { data: practitioners } = usePractitioners()
  const name = practitioners.find((practitioner) => practitioner.id === practitionerId)?.name
  return (
    <CasesPage
      practitionerId={practitionerId}
      title={name ? `${name}’s cases` : 'A practitioner’s cases'}
      empty={name ? `${name} has no cases.` : 'There are no cases.'}
    />
  )
}

const canSeeCases = (me: Me) => isSenior(me) || isPractitioner(me)

export const allocationRoutes: RouteObject[] = [
  {
    path: 'allocations',
    element: (
      <Allowed when={isSenior} what="see the allocation queue" who={SENIOR}>
        <QueuePage />
      </Allowed>
    ),
  },
  {
    path: 'allocations/:referralId',
    element: (
      <Allowed when={isSenior} what="allocate a referral" who={SENIOR}>
        <AllocateRoute />
      </Allowed>
    ),
  },
  {
    path: 'practitioners',
    element: (
      <Allowed when={isSenior} what="see practitioners’ caseloads" who={SENIOR}>
        <PractitionersPage />
      </Allowed>
    ),
  },
  {
    path: 'cases',
    element: (
      <Allowed when={canSeeCases} what="see cases" who="a family practitioner or a senior practitioner">
        <CasesRoute />
      </Allowed>
    ),
  },
]
