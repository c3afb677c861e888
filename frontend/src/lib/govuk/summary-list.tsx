import type { ReactNode } from 'react'
import { Link } from 'react-router'

/** A row; its action (e.g. "Change") names what it changes for screen readers through visuallyHidden. */
export type SummaryRow = {
  key: string
  value: ReactNode
  action?: { to: string; text: string; visuallyHidden: string } | undefined
}

export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  const anyActions = rows.some((row) => row.action)
  return (
    <dl className="govuk-summary-list">
      {rows.map((row) => (
        <div
          className={
            anyActions && !row.action
              ? 'govuk-summary-list__row govuk-summary-list__row--no-actions'
              : 'govuk-summary-list__row'
          }
          key={row.key}
        >
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.action && (
            <dd className="govuk-summary-list__actions">
              <Link className="govuk-link" to={row.action.to}>
                {row.action.text}
                <span className="govuk-visually-hidden"> {row.action.visuallyHidden}</span>
              </Link>
            </dd>
          )}
        </div>
      ))}
    </dl>
  )
}
