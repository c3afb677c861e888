import { useLocation } from 'react-router'
import { NotificationBanner } from './notification-banner'

/** What a page that changed something leaves, in the router's state, for the page it goes back to. */
export type SuccessState = { success?: { heading: string; body?: string } }

/** The success banner the previous page asked for, if it did. */
export function SuccessBanner() {
  const success = (useLocation().state as SuccessState | null)?.success
  if (!success) return null
  return (
    <NotificationBanner success>
      <h3 className="govuk-notification-banner__heading">{success.heading}</h3>
      {success.body && <p className="govuk-body">{success.body}</p>}
    </NotificationBanner>
  )
}
