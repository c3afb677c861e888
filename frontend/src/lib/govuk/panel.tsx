import type { ReactNode } from 'react'

/** The GOV.UK confirmation panel: the page's heading and, below it, e.g. a reference number. */
export function Panel({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="govuk-panel govuk-panel--confirmation">
      <h1 className="govuk-panel__title">{title}</h1>
      {children && <div className="govuk-panel__body">{children}</div>}
    </div>
  )
}
