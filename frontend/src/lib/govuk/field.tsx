import type { ReactNode } from 'react'

/** The ids a control's hint and error message take, listed in its aria-describedby (as govuk-frontend does). */
export function describedBy(
  id: string,
  hint: ReactNode,
  error: string | undefined,
  extra?: string,
): string | undefined {
  const ids = [extra, hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean)
  return ids.length > 0 ? ids.join(' ') : undefined
}

export function FormGroup({
  error,
  className,
  children,
}: {
  error?: string | undefined
  className?: string
  children: ReactNode
}) {
  const classes = ['govuk-form-group', error && 'govuk-form-group--error', className].filter(Boolean).join(' ')
  return <div className={classes}>{children}</div>
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return children ? (
    <div id={`${id}-hint`} className="govuk-hint">
      {children}
    </div>
  ) : null
}

export function ErrorMessage({ id, children }: { id: string; children: string | undefined }) {
  return children ? (
    <p id={`${id}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {children}
    </p>
  ) : null
}

export type LabelSize = 'xl' | 'l' | 'm' | 's'

/** A control's label; as the page's heading (one question per page) it sits in the h1. */
export function Label({
  htmlFor,
  size,
  isPageHeading,
  children,
}: {
  htmlFor: string
  size?: LabelSize | undefined
  isPageHeading?: boolean | undefined
  children: ReactNode
}) {
  const label = (
    <label className={size ? `govuk-label govuk-label--${size}` : 'govuk-label'} htmlFor={htmlFor}>
      {children}
    </label>
  )
  return isPageHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label
}

/** A fieldset and its legend, for a group of controls (radios, checkboxes, a date, a sibling's details). */
export function Fieldset({
  legend,
  size,
  isPageHeading,
  describedBy: ariaDescribedBy,
  role,
  children,
}: {
  legend: ReactNode
  size?: LabelSize | undefined
  isPageHeading?: boolean | undefined
  describedBy?: string | undefined
  role?: 'group' | undefined
  children: ReactNode
}) {
  const legendClass = size ? `govuk-fieldset__legend govuk-fieldset__legend--${size}` : 'govuk-fieldset__legend'
  return (
    <fieldset className="govuk-fieldset" aria-describedby={ariaDescribedBy} role={role}>
      <legend className={legendClass}>
        {isPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
      </legend>
      {children}
    </fieldset>
  )
}
