import { NotificationBanner } from '../../../lib/govuk/notification-banner'
import { sectionLabel } from '../forms/assessment-sections'
import type { Clash } from '../hooks/use-assessment-draft'
import { when } from './draft-notices'
import { Paragraphs } from './paragraphs'

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
