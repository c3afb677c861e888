import { BackLink } from '../../../lib/govuk/back-link'
import { SummaryCard } from '../../../lib/govuk/summary-card'
import { SummaryList } from '../../../lib/govuk/summary-list'
import { PageTitle } from '../../../lib/page-title'
import { useEligibilityRules } from '../api/get-eligibility-rules'
import { ageRange } from '../forms/rule-words'
import { adminPaths } from '../paths'
import { RuleTag } from './rule-tag'
import { SuccessBanner } from './success-banner'

const TITLE = 'Eligibility rules'

/** The rules the triage panel sees checked for each referral, each switched on or off. */
export function EligibilityRulesPage() {
  const { data: rules } = useEligibilityRules()
  return (
    <>
      <PageTitle>{TITLE}</PageTitle>
      <BackLink to={adminPaths.home}>Back to service configuration</BackLink>
      <div className="govuk-grid-row govuk-!-margin-top-4">
        <div className="govuk-grid-column-two-thirds">
          <SuccessBanner />
          <span className="govuk-caption-l">Service configuration</span>
          <h1 className="govuk-heading-l">{TITLE}</h1>
          <p className="govuk-body">
            The triage panel sees each rule that is switched on checked against every referral. A senior practitioner
            may still accept a referral that does not meet a rule, giving a reason.
          </p>
          {rules.map((rule) => {
            const ages = ageRange(rule)
            return (
              <SummaryCard
                key={rule.code}
                title={rule.label}
                actions={[
                  {
                    to: adminPaths.eligibilityRule(rule.code),
                    text: 'Change',
                    visuallyHidden: `the rule: ${rule.label}`,
                  },
                ]}
              >
                <SummaryList
                  rows={[
                    { key: 'At triage', value: <RuleTag enabled={rule.enabled} /> },
                    ...(ages ? [{ key: 'Ages', value: ages }] : []),
                  ]}
                />
              </SummaryCard>
            )
          })}
        </div>
      </div>
    </>
  )
}
