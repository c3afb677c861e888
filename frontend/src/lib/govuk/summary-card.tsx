import type { ReactNode } from 'react'
import { Link } from 'react-router'

/** A card action; visuallyHidden names the card's subject for screen readers ("Record decision for Sam Example"). */
export type CardAction = { to: string; text: string; visuallyHidden: string }

/** The GOV.UK summary card: a titled box around a summary list, with actions for the whole card. */
export function SummaryCard({
  title,
  headingLevel = 2,
  actions = [],
  children,
}: {
  title: ReactNode
  headingLevel?: 2 | 3
  actions?: CardAction[]
  children: ReactNode
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <Heading className="govuk-summary-card__title">{title}</Heading>
        {actions.length > 0 && (
          <ul className="govuk-summary-card__actions">
            {actions.map((action) => (
              <li className="govuk-summary-card__action" key={action.to}>
                <Link className="govuk-link" to={action.to}>
                  {action.text} <span className="govuk-visually-hidden">{action.visuallyHidden}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="govuk-summary-card__content">{children}</div>
    </div>
  )
}
