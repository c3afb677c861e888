import { useEffect, useRef, type ReactNode } from 'react'
import { formatDateTime, formatDay } from '../../../lib/dates'
import { Button } from '../../../lib/govuk/button'
import { NotificationBanner } from '../../../lib/govuk/notification-banner'
import { WarningText } from '../../../lib/govuk/warning-text'
import type { SaveTrouble } from '../hooks/use-autosaved-draft'

const TIME = new Intl.DateTimeFormat('en-GB', {
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'Europe/London',
})

/** 10:42am, in UK time, for an instant. */
function formatTime(instant: string): string {
  const parts = Object.fromEntries(TIME.formatToParts(new Date(instant)).map((part) => [part.type, part.value]))
  return `${parts['hour']}:${parts['minute']}${(parts['dayPeriod'] ?? '').toLowerCase()}`
}

/** "at 10:42am" today, "on 24 November 2026 at 10:42am" another day. */
export function when(instant: string): string {
  const today = formatDay(instant) === formatDay(new Date().toISOString())
  return today ? `at ${formatTime(instant)}` : `on ${formatDateTime(instant)}`
}

/**
 * Where a record that saves itself stands, announced as it changes: saved (when), being saved, or not saved yet
 * (and, with `waiting`, what it waits for); when a save failed, that the changes are kept on this device.
 */
export function SaveStatus({
  saving,
  unsaved,
  savedAt,
  trouble,
  keptOnDevice,
  waiting,
}: {
  saving: boolean
  unsaved: boolean
  savedAt: string | undefined
  trouble: SaveTrouble | undefined
  keptOnDevice: boolean
  waiting?: string | undefined
}) {
  const status = saving ? 'Saving…' : unsaved || !savedAt ? 'Not saved yet' : `Saved ${when(savedAt)}`
  return (
    <div role="status" className="govuk-!-margin-bottom-6">
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">{status}</p>
      {!saving && unsaved && waiting && <p className="govuk-body">{waiting}</p>}
      {trouble && <TroubleWarning trouble={trouble} keptOnDevice={keptOnDevice} />}
    </div>
  )
}

function TroubleWarning({ trouble, keptOnDevice }: { trouble: SaveTrouble; keptOnDevice: boolean }) {
  if (trouble.kind === 'refused') {
    return <WarningText>Your latest changes could not be saved: {trouble.reasons.join(' ')}</WarningText>
  }
  const why = trouble.kind === 'signed-out' ? 'Your session has ended.' : 'Your changes could not be saved just now.'
  if (!keptOnDevice) {
    return (
      <WarningText>
        {why} They could not be kept on this device either: do not leave this page until they are saved.
      </WarningText>
    )
  }
  return (
    <WarningText>
      {why}{' '}
      {trouble.kind === 'signed-out'
        ? 'Your changes are kept on this device and will be saved when you are signed in again.'
        : 'Your changes are kept on this device and will be saved when TeamAround can be reached again.'}
    </WarningText>
  )
}

/** Changes kept on this device that the server did not have are back in the form (and on their way to the server). */
export function RestoredNotice() {
  return (
    <NotificationBanner>
      <h3 className="govuk-notification-banner__heading">Your unsaved changes are back</h3>
      <p className="govuk-body">
        You made changes on this device that had not been saved. They are in the form again and are being saved.
      </p>
    </NotificationBanner>
  )
}

/** Leaving was asked for and what was written is not on the server: leave anyway, or stay. */
export function LeaveQuestion({
  heading,
  children,
  onLeave,
  onStay,
}: {
  heading: string
  children: ReactNode
  onLeave: () => void
  onStay: () => void
}) {
  const title = useRef<HTMLHeadingElement>(null)
  useEffect(() => title.current?.focus(), [])
  return (
    <NotificationBanner>
      <h3 className="govuk-notification-banner__heading" ref={title} tabIndex={-1}>
        {heading}
      </h3>
      <p className="govuk-body">{children}</p>
      <div className="govuk-button-group">
        <Button className="govuk-button--warning" onClick={onLeave}>
          Leave this page
        </Button>
        <Button className="govuk-button--secondary" onClick={onStay}>
          Stay on this page
        </Button>
      </div>
    </NotificationBanner>
  )
}

/** A form recorded once: what the user typed before on this device is back in it, still to be recorded. */
export function KeptAnswersNotice({ what }: { what: string }) {
  return (
    <NotificationBanner>
      <h3 className="govuk-notification-banner__heading">Your answers are back</h3>
      <p className="govuk-body">
        You started {what} on this device. What you typed is in the form again: it has not been recorded yet.
      </p>
    </NotificationBanner>
  )
}

/** The browser would not keep the answers: they are only on this page until they are recorded. */
export function NotKeptWarning({ what }: { what: string }) {
  return (
    <WarningText>
      Your answers could not be kept on this device: record {what} before you leave this page or sign out.
    </WarningText>
  )
}
