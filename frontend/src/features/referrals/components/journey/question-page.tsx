import type { FormEventHandler, ReactNode } from 'react'
import { BackLink } from '../../../../lib/govuk/back-link'
import { Button } from '../../../../lib/govuk/button'
import { ErrorSummary, type ErrorItem } from '../../../../lib/govuk/error-summary'
import { WarningText } from '../../../../lib/govuk/warning-text'
import { PageTitle } from '../../../../lib/page-title'
import type { Referral } from '../../api/types'
import { errorText } from '../../forms/field-paths'
import { stepOfField, type StepSlug } from '../../forms/steps'
import { useFocusFromHash } from '../../hooks/use-focus-from-hash'

export const SAVE_AND_COME_BACK = 'later'

/**
 * The frame of every question page of "Refer a child": title ("Error: " first when there are errors),
 * back link, error summary, the API's warnings about this page's answers, the form and its buttons.
 */
export function QuestionPage({
  title,
  back,
  summary,
  referral,
  step,
  busy,
  onSubmit,
  children,
}: {
  title: string
  back: string
  summary: ErrorItem[]
  referral: Referral | undefined
  step: StepSlug
  busy: boolean
  onSubmit: FormEventHandler<HTMLFormElement>
  children: ReactNode
}) {
  useFocusFromHash()
  const warnings = referral?.warnings.filter((warning) => stepOfField(warning.field) === step) ?? []
  return (
    <>
      <PageTitle>{summary.length > 0 ? `Error: ${title}` : title}</PageTitle>
      <BackLink to={back} />
      <div className="govuk-grid-row govuk-!-margin-top-4">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          {warnings.map((warning) => (
            <WarningText key={warning.field}>{errorText(warning)}</WarningText>
          ))}
          <span className="govuk-caption-l">Refer a child{referral ? ` – ${referral.reference}` : ''}</span>
          <form noValidate onSubmit={onSubmit}>
            {children}
            <div className="govuk-button-group">
              <Button type="submit" disabled={busy} value="continue">
                Save and continue
              </Button>
              {referral && (
                <Button type="submit" className="govuk-button--secondary" disabled={busy} value={SAVE_AND_COME_BACK}>
                  Save and come back later
                </Button>
              )}
            </div>
          </form>
        </div>
      </div>
    </>
  )
}
