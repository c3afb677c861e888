import { useEffect, useRef } from 'react'
import { formatDateTime, formatDay } from '../../../lib/dates'
import { Button } from '../../../lib/govuk/button'
import { NotificationBanner } from '../../../lib/govuk/notification-banner'
import { WarningText } from '../../../lib/govuk/warning-text'
import { sectionLabel } from '../forms/assessment-sections'
import type { Clash, SaveTrouble } from '../hooks/use-assessment-draft'
import { Paragraphs } from './paragraphs'

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
 * Where the text stands, announced as it changes: saved (when), being saved, or not saved yet; and, when a save
 * failed, that the text is kept on this device and will be saved later.
 */
export function SaveStatus({
  saving,
  unsaved,
  savedAt,
  trouble,
  keptOnDevice,
}: {
  saving: boolean
  unsaved: boolean
  savedAt: string | undefined
  trouble: SaveTrouble | undefined
  keptOnDevice: boolean
}) {
  const status = saving ? 'Saving…' : unsaved || !savedAt ? 'Not saved yet' : `Saved ${when(savedAt)}`
  return (
    <div role="status" className="govuk-!-margin-bottom-6">
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">{status}</p>
      {trouble && <TroubleWarning trouble={trouble} keptOnDevice={keptOnDevice} />}
    </div>
  )
}

function TroubleWarning({ trouble, keptOnDevice }: { trouble: SaveTrouble; keptOnDevice: boolean }) {
  if (trouble.kind === 'refused') {
    return (
      <WarningText>
        Your latest changes could not be saved: {trouble.reasons.join(' ')}
      </WarningText>
    )
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

/** Text kept on this device that the server did not have is back in the form (and on its way to the server). */
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

/** Someone else saved while the user was writing: what was merged, and which sections are the user's to merge. */
export function ClashNotice({ clash }: { clash: Clash }) {
  const names = clash.clashes.map(sectionLabel)
  return (
    <NotificationBanner>
      <h3 className="govuk-notification-banner__heading">Someone else changed this assessment</h3>
      <p className="govuk-body">
        {clash.by} saved it {when(clash.at)}, while you were writing.
      </p>
      {names.length > 0 ? (
        <p className="govuk-body">
          You both changed: {names.join('; ')}. Your text is still in the form, with theirs under it. Merge what you
          need from theirs into yours: your text is saved again as soon as you change it.
        </p>
      ) : (
        <p className="govuk-body">
          Their changes are now in the sections you had not changed, and yours are being saved.
        </p>
      )}
    </NotificationBanner>
  )
}

/** Under a section both changed: the other person's text, for the user to merge. */
export function TheirText({ clash, text }: { clash: Clash; text: string }) {
  return (
    <div className="govuk-inset-text">
      <p className="govuk-body govuk-!-font-weight-bold">
        {clash.by}’s version, saved {when(clash.at)}:
      </p>
      {text.trim() === '' ? <p className="govuk-body">(empty)</p> : <Paragraphs text={text} />}
    </div>
  )
}

/** Leaving was asked for and the changes could not be saved first: leave anyway, or stay. */
export function LeaveQuestion({ onLeave, onStay }: { onLeave: () => void; onStay: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <NotificationBanner>
      <h3 className="govuk-notification-banner__heading" ref={heading} tabIndex={-1}>
        Your latest changes have not been saved
      </h3>
      <p className="govuk-body">
        They are kept on this device, and will be saved when you come back to this assessment on it.
      </p>
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
