import { useLocation } from 'react-router'
import { NotificationBanner } from '../../../lib/govuk/notification-banner'

/** Where a change page leaves a one-off success message for the list it goes back to. */
export type AdminPageState = { success?: { heading: string; body?: string } }

/** The success banner a change page asked for, if it did. */
export function SuccessBanner() {
  const success = (useLocation().state as AdminPageState | null)?.success
  if (!success) return null
  return (
    <NotificationBanner success>
      <h3 className="govuk-notification-banner__heading">{success.heading}</h3>
      {success.body && <p className="govuk-body">{success.body}</p>}
    </NotificationBanner>
  )
}
