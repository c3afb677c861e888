import { SummaryCard } from '../../../lib/govuk/summary-card'
import { SummaryList } from '../../../lib/govuk/summary-list'
import { useEligibilityRules } from '../api/get-eligibility-rules'
import { ageRange } from '../forms/rule-words'
import { adminPaths } from '../paths'
import { AdminPage } from './admin-page'
import { RuleTag } from './rule-tag'

const TITLE = 'Eligibility rules'

/** The rules the triage panel sees checked for each referral, each switched on or off. */
export function EligibilityRulesPage() {
  const { data: rules } = useEligibilityRules()
  return (
    <AdminPage title={TITLE}>
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
    </AdminPage>
  )
}
