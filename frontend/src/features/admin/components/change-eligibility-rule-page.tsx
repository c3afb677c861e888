import { Link, useNavigate, useParams } from 'react-router'
import { ApiError } from '../../../lib/api/api-error'
import { apiProblem } from '../../../lib/forms/api-problem'
import { useApiForm } from '../../../lib/forms/use-api-form'
import { BackLink } from '../../../lib/govuk/back-link'
import { Button } from '../../../lib/govuk/button'
import { ErrorSummary } from '../../../lib/govuk/error-summary'
import { TextInput } from '../../../lib/govuk/input'
import { Radios } from '../../../lib/govuk/radios'
import { SummaryList } from '../../../lib/govuk/summary-list'
import { PageTitle } from '../../../lib/page-title'
import { useEligibilityRules } from '../api/get-eligibility-rules'
import type { EligibilityRule, EligibilityRuleUpdate } from '../api/types'
import { useUpdateEligibilityRule } from '../api/update-eligibility-rule'
import { ruleFieldNaming, someoneElseChanged, wholeNumber } from '../forms/field-names'
import { AGE_RANGE, ageRange } from '../forms/rule-words'
import { useVersion } from '../hooks/use-version'
import { adminPaths } from '../paths'
import { RuleTag } from './rule-tag'
import type { SuccessState } from '../../../lib/govuk/success-banner'

type RuleAnswers = { enabled: 'yes' | 'no'; minAge: string; maxAge: string }

/** Switching one rule on or off and, for the age range rule, changing its ages. */
export function ChangeEligibilityRulePage() {
  const { code = '' } = useParams()
  const { data: rules } = useEligibilityRules()
  const rule = rules.find((candidate) => candidate.code === code)
  if (!rule) throw new ApiError(404)
  return <RuleForm rule={rule} />
}

function RuleForm({ rule }: { rule: EligibilityRule }) {
  const update = useUpdateEligibilityRule(rule.code)
  const navigate = useNavigate()
  const { version, learnFrom } = useVersion(rule.version)
  const hasAges = rule.code === AGE_RANGE
  const { form, summary, onSubmit, errorFor, busy } = useApiForm<RuleAnswers>({
    defaultValues: {
      enabled: rule.enabled ? 'yes' : 'no',
      minAge: rule.minAge === undefined ? '' : String(rule.minAge),
      maxAge: rule.maxAge === undefined ? '' : String(rule.maxAge),
    },
    toProblem: (error) =>
      apiProblem(error, ruleFieldNaming, (refusal) =>
        refusal.status === 409 ? { text: someoneElseChanged('rule') } : undefined,
      ),
  })
  const { register } = form
  const age = (which: string) => (text: string) =>
    !hasAges || wholeNumber(text) !== undefined || `Enter the ${which} age as a whole number, like 5`

  const submit = onSubmit(async (answers) => {
    const request: EligibilityRuleUpdate = { enabled: answers.enabled === 'yes', version }
    if (hasAges) {
      request.minAge = wholeNumber(answers.minAge)
      request.maxAge = wholeNumber(answers.maxAge)
    }
    try {
      const changed = await update.mutateAsync(request)
      const now = [changed.enabled ? 'checked at triage' : 'not checked at triage', ageRange(changed)]
      const state: SuccessState = {
        success: { heading: 'Eligibility rule changed', body: `${changed.label}: ${now.filter(Boolean).join(', ')}.` },
      }
      await navigate(adminPaths.eligibilityRules, { state })
    } catch (error) {
      learnFrom(error)
      throw error
    }
  })

  const ages = ageRange(rule)
  return (
    <>
      <PageTitle>{summary.length > 0 ? `Error: ${rule.label}` : rule.label}</PageTitle>
      <BackLink to={adminPaths.eligibilityRules}>Back to eligibility rules</BackLink>
      <div className="govuk-grid-row govuk-!-margin-top-4">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <span className="govuk-caption-l">Eligibility rule</span>
          <h1 className="govuk-heading-l">{rule.label}</h1>
          <SummaryList
            rows={[
              { key: 'At triage now', value: <RuleTag enabled={rule.enabled} /> },
              ...(ages ? [{ key: 'Ages now', value: ages }] : []),
            ]}
          />
          <form noValidate onSubmit={submit}>
            <Radios
              id="enabled"
              legend="Check this rule at triage?"
              legendSize="m"
              hint="The panel sees a rule that is checked against every referral it discusses."
              inline
              error={errorFor('enabled')}
              items={[
                { value: 'yes', label: 'Yes' },
                { value: 'no', label: 'No' },
              ]}
              inputProps={register('enabled')}
            />
            {hasAges && (
              <>
                <h2 className="govuk-heading-m">Ages</h2>
                <p className="govuk-body">A child’s age in whole years on the day of the panel.</p>
                <TextInput
                  id="minAge"
                  label="Youngest age"
                  inputMode="numeric"
                  widthClass="govuk-input--width-3"
                  suffix="years"
                  spellCheck={false}
                  error={errorFor('minAge')}
                  {...register('minAge', { validate: age('youngest') })}
                />
                <TextInput
                  id="maxAge"
                  label="Oldest age"
                  inputMode="numeric"
                  widthClass="govuk-input--width-3"
                  suffix="years"
                  spellCheck={false}
                  error={errorFor('maxAge')}
                  {...register('maxAge', { validate: age('oldest') })}
                />
              </>
            )}
            <div className="govuk-button-group">
              <Button type="submit" disabled={busy}>
                Save rule
              </Button>
              <Link className="govuk-link" to={adminPaths.eligibilityRules}>
                Cancel
              </Link>
            </div>
          </form>
        </div>
      </div>
    </>
  )
}
