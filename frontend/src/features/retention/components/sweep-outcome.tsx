import { NotificationBanner } from '../../../lib/govuk/notification-banner'
import type { RetentionSweep } from '../api/types'

/** "Check for records due now" answered: how many records it marked, or that another check was running. */
export function SweepOutcome({ sweep }: { sweep: RetentionSweep }) {
  if (!sweep.ran) {
    return (
      <NotificationBanner>
        <p className="govuk-notification-banner__heading">
          Another check for records due was already running, so this one did not run. Look at the list again in a
          few minutes.
        </p>
      </NotificationBanner>
    )
  }
  return (
    <NotificationBanner success>
      <h3 className="govuk-notification-banner__heading">Check complete</h3>
      <p className="govuk-body">{newlyDue(sweep.marked)}</p>
    </NotificationBanner>
  )
}

function newlyDue(marked: number): string {
  if (marked === 0) return 'No records are newly due for review.'
  return `${marked} ${marked === 1 ? 'record is' : 'records are'} newly due for review.`
}
