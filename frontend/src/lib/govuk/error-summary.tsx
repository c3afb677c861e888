import { useEffect, useRef, type MouseEvent } from 'react'
import { Link } from 'react-router'

/** An error: a link to `#id` focuses that field on this page; any other link goes to that page. */
export type ErrorItem = { text: string; href?: string | undefined }

/**
 * The GOV.UK error summary: "There is a problem", focused when it appears or its errors change,
 * and links that move focus to the field (its label or legend scrolled into view), as govuk-frontend does.
 */
export function ErrorSummary({ errors, title = 'There is a problem' }: { errors: ErrorItem[]; title?: string }) {
  const summary = useRef<HTMLDivElement>(null)
  // Focus moves here each time a new list of errors is given (keep the same array between submits).
  useEffect(() => {
    summary.current?.focus()
  }, [errors])

  if (errors.length === 0) return null
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={summary} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error, index) => (
              <li key={`${error.href ?? ''}${index}`}>
                {error.href?.startsWith('#') ? (
                  <a href={error.href} onClick={focusTarget}>
                    {error.text}
                  </a>
                ) : error.href ? (
                  <Link to={error.href}>{error.text}</Link>
                ) : (
                  error.text
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  )
}

function focusTarget(event: MouseEvent<HTMLAnchorElement>) {
  const input = document.getElementById(event.currentTarget.hash.slice(1))
  if (!input) return
  event.preventDefault()
  focusField(input)
}

/** Focuses a field and brings its question (legend or label) into view, as govuk-frontend's error summary does. */
export function focusField(input: HTMLElement) {
  const legend = input.closest('fieldset')?.querySelector('legend')
  const label = input.id ? document.querySelector(`label[for="${CSS.escape(input.id)}"]`) : null
  ;(legend ?? label ?? input).scrollIntoView?.()
  input.focus({ preventScroll: true })
}
