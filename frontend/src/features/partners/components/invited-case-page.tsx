import { useState } from 'react'
import { useParams } from 'react-router'
import { paths } from '../../../config/paths'
import { formatDate } from '../../../lib/dates'
import { apiProblem, type FieldNaming } from '../../../lib/forms/api-problem'
import { sentence } from '../../../lib/forms/error-text'
import { useApiForm } from '../../../lib/forms/use-api-form'
import { BackLink } from '../../../lib/govuk/back-link'
import { Button } from '../../../lib/govuk/button'
import { ErrorSummary } from '../../../lib/govuk/error-summary'
import { NotificationBanner } from '../../../lib/govuk/notification-banner'
import { SummaryList } from '../../../lib/govuk/summary-list'
import { Textarea } from '../../../lib/govuk/textarea'
import { PageTitle } from '../../../lib/page-title'
import { useAddContribution } from '../api/add-contribution'
import { useInvitedCase } from '../api/get-invited-case'
import { useInvitedCases } from '../api/get-invited-cases'
import { Contributions } from './contributions'
import { SupportPlan } from './support-plan'

type ContributionAnswers = { text: string }

const CONTRIBUTION_HINT =
  'What your agency knows about the child and family, or is doing with them. ' +
  'The practitioner and senior practitioners will read it.'

const contributionNaming: FieldNaming = {
  text: (field, message) => sentence(field === 'text' ? 'Your contribution' : field, message),
  id: (field) => field,
  name: (field) => field,
}

/**
 * A case as a partner invited to it sees it, for as long as the invitation lasts: its summary, the support plan to
 * read, and what partners have added, with the way to add to it. Nothing else of the case (contacts, assessment,
 * reviews) is theirs to see; outside the invitation the case is not found.
 */
export function InvitedCasePage() {
  const { id = '' } = useParams()
  const { data: found } = useInvitedCase(id)
  const until = useInvitedCases().data.find((invited) => invited.caseId === found.id)?.until
  const add = useAddContribution(found.id)
  const [added, setAdded] = useState(false)
  const { form, summary, onSubmit, errorFor, busy } = useApiForm<ContributionAnswers>({
    defaultValues: { text: '' },
    toProblem: (error) => apiProblem(error, contributionNaming),
  })
  const name = found.childName ?? 'Child not named'

  const submit = onSubmit(async ({ text }) => {
    setAdded(false)
    await add.mutateAsync({ text: text.trim() })
    form.reset()
    setAdded(true)
  })

  return (
    <>
      <PageTitle>{summary.length > 0 ? `Error: ${name}` : name}</PageTitle>
      <BackLink to={paths.home}>Back to the cases you are invited to</BackLink>
      <div className="govuk-grid-row govuk-!-margin-top-4">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          {added && (
            <NotificationBanner success>
              <h3 className="govuk-notification-banner__heading">Contribution added</h3>
              <p className="govuk-body">The practitioner can read it on the case.</p>
            </NotificationBanner>
          )}
          <span className="govuk-caption-l">Case {found.reference}</span>
          <h1 className="govuk-heading-l">{name}</h1>
          <SummaryList
            rows={[
              { key: 'School', value: found.schoolName },
              { key: 'Practitioner', value: found.practitionerName },
              ...(until ? [{ key: 'You can see this case until', value: formatDate(until) }] : []),
            ]}
          />
          <SupportPlan caseId={found.id} />
          <h2 className="govuk-heading-m">Add a contribution</h2>
          <form noValidate onSubmit={submit}>
            <Textarea
              id="text"
              label="Your contribution"
              labelSize="s"
              hint={CONTRIBUTION_HINT}
              rows={6}
              error={errorFor('text')}
              {...form.register('text', {
                validate: (value) => value.trim() !== '' || 'Enter your contribution',
                maxLength: { value: 10000, message: 'Your contribution must be 10,000 characters or fewer' },
              })}
            />
            <Button type="submit" disabled={busy}>
              Add contribution
            </Button>
          </form>
          <Contributions caseId={found.id} />
        </div>
      </div>
    </>
  )
}
