import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { paths } from '../../../config/paths'
import { formatDay } from '../../../lib/dates'
import { outcomeName } from '../../../lib/decision-names'
import { apiProblem } from '../../../lib/forms/api-problem'
import { useApiForm } from '../../../lib/forms/use-api-form'
import { BackLink } from '../../../lib/govuk/back-link'
import { Button } from '../../../lib/govuk/button'
import { ErrorSummary } from '../../../lib/govuk/error-summary'
import { SummaryList } from '../../../lib/govuk/summary-list'
import { Tag } from '../../../lib/govuk/tag'
import { PageTitle } from '../../../lib/page-title'
import { useServices } from '../api/get-services'
import { useRecordDecision } from '../api/record-decision'
import type { AgendaItem, DecisionOutcome, TriageMeeting } from '../api/types'
import { NO_ANSWERS, toDecisionRequest, type DecisionAnswers } from '../forms/decision-form'
import { triageFieldNaming } from '../forms/field-names'
import { useRouteMeeting } from '../hooks/use-route-meeting'
import { childName } from './agenda-card'
import { DecisionFields } from './decision-fields'
import { EligibilityList, failsEligibility } from './eligibility-list'
import { meetingTitle, type MeetingPageState } from './meeting-page'

/** "Record decision" for one referral on a meeting's agenda that the meeting has not decided yet. */
export function RecordDecisionPage() {
  const meeting = useRouteMeeting()
  const { referralId = '' } = useParams()
  const item = meeting.agenda.find((candidate) => candidate.referralId === referralId)
  // Whether it could be decided when the page opened: the form stays while its own decision refreshes the agenda.
  const [undecidedOnOpening] = useState(!!item && !item.decision)
  if (!item || !undecidedOnOpening) return <NotToDecide meeting={meeting} item={item} />
  return <DecisionForm meeting={meeting} item={item} />
}

function DecisionForm({ meeting, item }: { meeting: TriageMeeting; item: AgendaItem }) {
  const { data: services } = useServices()
  const record = useRecordDecision(meeting.id)
  const navigate = useNavigate()
  // One key for this page's decision: a retry after a lost answer cannot record it twice.
  const [idempotencyKey] = useState(() => crypto.randomUUID())
  const { form, summary, onSubmit, errorFor, busy } = useApiForm<DecisionAnswers>({
    defaultValues: NO_ANSWERS,
    toProblem: (error) =>
      apiProblem(error, triageFieldNaming, (refusal) =>
        refusal.status === 409
          ? {
              text:
                'The panel has already decided this referral at this meeting. ' +
                'Go back to the agenda to see the decision.',
              href: paths.triageMeeting(meeting.id),
            }
          : undefined,
      ),
  })
  const name = childName(item)
  const title = `Record the decision for ${name}`

  const submit = onSubmit(async (answers) => {
    const outcome = answers.outcome as DecisionOutcome
    const request = toDecisionRequest(item.referralId, { ...answers, outcome }, failsEligibility(item.eligibility))
    await record.mutateAsync({ request, idempotencyKey })
    const state: MeetingPageState = {
      success: { heading: `Decision recorded: ${outcomeName(outcome)}`, body: `${name}, referral ${item.reference}` },
    }
    await navigate(paths.triageMeeting(meeting.id), { state })
  })

  return (
    <>
      <PageTitle>{summary.length > 0 ? `Error: ${title}` : title}</PageTitle>
      <BackLink to={paths.triageMeeting(meeting.id)}>Back to the agenda</BackLink>
      <div className="govuk-grid-row govuk-!-margin-top-4">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <span className="govuk-caption-l">{meetingTitle(meeting)}</span>
          <h1 className="govuk-heading-l">{title}</h1>
          <SummaryList
            rows={[
              { key: 'Reference', value: item.reference },
              { key: 'School', value: item.schoolName },
              { key: 'Submitted', value: item.submittedAt ? formatDay(item.submittedAt) : 'Not known' },
              ...(item.safeguardingNeedsAttention
                ? [{ key: 'Safeguarding', value: <Tag colour="red">Safeguarding: needs attention</Tag> }]
                : []),
              { key: 'Eligibility', value: <EligibilityList results={item.eligibility} /> },
            ]}
          />
          <form noValidate onSubmit={submit}>
            <DecisionFields form={form} errorFor={errorFor} eligibility={item.eligibility} services={services} />
            <div className="govuk-button-group">
              <Button type="submit" disabled={busy}>
                Record decision
              </Button>
              <Link className="govuk-link" to={paths.triageMeeting(meeting.id)}>
                Cancel
              </Link>
            </div>
          </form>
        </div>
      </div>
    </>
  )
}

/** A referral this meeting has decided already, or one not on its agenda (another area's, or withdrawn). */
function NotToDecide({ meeting, item }: { meeting: TriageMeeting; item: AgendaItem | undefined }) {
  const title = item ? 'This referral has already been decided' : 'This referral is not on the agenda'
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">
        {item?.decision
          ? `The panel decided: ${outcomeName(item.decision.outcome)}.`
          : 'It may have been withdrawn, or it is a referral of another area.'}
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.triageMeeting(meeting.id)}>
          Go back to the agenda of the {meetingTitle(meeting)}
        </Link>
      </p>
    </>
  )
}
