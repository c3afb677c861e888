import { Link } from 'react-router'

/** The way from a child's referral to who has looked at its record (the app shows it to seniors only). */
export function RecordAccessLink({ to }: { to: string }) {
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to={to}>
        Who has looked at this record
      </Link>
    </p>
  )
}
