import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { paths } from '../../../config/paths'
import { SummaryList, type SummaryRow } from '../../../lib/govuk/summary-list'
import { PageTitle } from '../../../lib/page-title'
import { roleNames } from '../../../lib/role-names'
import { useMe, type Me } from '../api/get-me'

/**
 * The signed-in home page: who the service thinks you are, what your roles let you do, and first what waits for
 * you (`children`: the app puts there what other features have for the caller, such as a practitioner's next actions).
 */
export function HomePage({ children }: { children?: ReactNode }) {
  const { data: me } = useMe()
  return (
    <>
      <PageTitle>Home</PageTitle>
      <span className="govuk-caption-l">Signed in as</span>
      <h1 className="govuk-heading-l">{me.name}</h1>
      {children}
      <Tasks me={me} />
      <h2 className="govuk-heading-m">Your account</h2>
      <SummaryList rows={accountRows(me)} />
    </>
  )
}

/** What the caller's roles let them do, as links. */
function Tasks({ me }: { me: Me }) {
  const referrer = me.roles.includes('referrer') && !!me.schoolUrn
  const senior = me.roles.includes('senior')
  const links = [
    ...(referrer
      ? [
          { to: paths.newReferral, text: 'Refer a child' },
          { to: paths.referrals, text: 'Your school’s referrals' },
        ]
      : []),
    ...(senior
      ? [
          { to: paths.referrals, text: 'Referrals' },
          { to: paths.triageMeetings, text: 'Triage meetings' },
          { to: paths.allocationQueue, text: 'Allocation queue' },
          { to: paths.practitioners, text: 'Practitioners’ caseloads' },
          { to: paths.overdueReviews, text: 'Overdue reviews' },
          { to: paths.auditCycles, text: 'Case audits' },
          { to: paths.reports, text: 'Reports' },
          { to: paths.retention, text: 'Records due for erasure' },
        ]
      : []),
    // A senior's /cases lists every case: their own are those with their id.
    ...(me.roles.includes('practitioner')
      ? [{ to: senior ? paths.practitionerCases(me.id) : paths.cases, text: 'Your cases' }]
      : []),
    ...(me.roles.includes('practitioner') || senior ? [{ to: paths.groups, text: 'Groups' }] : []),
    ...(me.roles.includes('partner') && !senior
      ? [{ to: paths.triageMeetings, text: 'Triage meetings you attend' }]
      : []),
    ...(me.roles.includes('admin') ? [{ to: paths.admin, text: 'Service configuration' }] : []),
  ]
  if (links.length === 0) return null
  return (
    <>
      <h2 className="govuk-heading-m">What you can do</h2>
      <ul className="govuk-list">
        {links.map((link) => (
          <li key={link.text}>
            <Link className="govuk-link" to={link.to}>
              {link.text}
            </Link>
          </li>
        ))}
      </ul>
    </>
  )
}

function accountRows(me: Me): SummaryRow[] {
  const roles = roleNames(me.roles)
  const rows: SummaryRow[] = [
    { key: 'Name', value: me.name },
    { key: 'Username', value: me.username },
    { key: roles.length > 1 ? 'Roles' : 'Role', value: <RoleList roles={roles} /> },
  ]
  if (me.schoolUrn) {
    rows.push({ key: 'School', value: me.schoolName ?? 'Not known' }, { key: 'School URN', value: me.schoolUrn })
  }
  if (me.agency) rows.push({ key: 'Agency', value: me.agency })
  if (me.area) rows.push({ key: 'Area', value: me.area })
  return rows
}

function RoleList({ roles }: { roles: string[] }) {
  if (roles.length === 0) return <>No role in this service</>
  if (roles.length === 1) return <>{roles[0]}</>
  return (
    <ul className="govuk-list">
      {roles.map((role) => (
        <li key={role}>{role}</li>
      ))}
    </ul>
  )
}
