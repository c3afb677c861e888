import { NotificationBanner } from '../../../lib/govuk/notification-banner'
import { WarningText } from '../../../lib/govuk/warning-text'
import type { Referral } from '../api/types'
import { errorText } from '../forms/field-paths'

/** What the API says about a referral beyond its answers: notices (e.g. safeguarding) and warnings (not errors). */
export function ReferralMessages({ referral }: { referral: Referral }) {
  return (
    <>
      {referral.notices.length > 0 && (
        <NotificationBanner>
          {referral.notices.map((notice) => (
            <p className="govuk-notification-banner__heading" key={notice}>
              {notice}
            </p>
          ))}
        </NotificationBanner>
      )}
      {referral.warnings.map((warning) => (
        <WarningText key={`${warning.field}-${warning.message}`}>{errorText(warning)}</WarningText>
      ))}
    </>
  )
}
