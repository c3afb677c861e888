import { Link } from 'react-router'

/** A link that looks like a GOV.UK button, for a call to action that goes to another page. */
export function ButtonLink({
  to,
  variant,
  children,
}: {
  to: string
  /** inverse: for a dark background, such as an interruption card. */
  variant?: 'secondary' | 'warning' | 'inverse'
  children: string
}) {
  return (
    <Link
      to={to}
      role="button"
      draggable={false}
      className={variant ? `govuk-button govuk-button--${variant}` : 'govuk-button'}
      data-module="govuk-button"
    >
      {children}
    </Link>
  )
}
