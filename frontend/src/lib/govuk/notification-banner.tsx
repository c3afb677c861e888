import { useId, type ReactNode } from 'react'

/** The GOV.UK notification banner: "Important" by default, or a success banner that is announced as an alert. */
export function NotificationBanner({
  title,
  success,
  children,
}: {
  title?: string
  success?: boolean
  children: ReactNode
}) {
  const titleId = useId()
  return (
    <div
      className={success ? 'govuk-notification-banner govuk-notification-banner--success' : 'govuk-notification-banner'}
      role={success ? 'alert' : 'region'}
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title ?? (success ? 'Success' : 'Important')}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  )
}
