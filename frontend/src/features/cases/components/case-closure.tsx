import { formatDate, formatDateTime } from '../../../lib/dates'
import { SummaryList } from '../../../lib/govuk/summary-list'
import { Table, type TableColumn } from '../../../lib/govuk/table'
import { useClosure } from '../api/get-closure'
import type { Closure } from '../api/types'
import { FEEDBACK_FROM, headlineName, reasonName } from '../forms/closure-form'
import { Paragraphs } from './paragraphs'

type Comparison = { outcome: string; before: string; after: string }

const NOT_RECORDED = 'Not recorded'

const percent = (value: number | undefined) => (value === undefined ? NOT_RECORDED : `${value}%`)
const number = (value: number | undefined) => (value === undefined ? NOT_RECORDED : String(value))
const yesNo = (value: boolean | undefined) => (value === undefined ? NOT_RECORDED : value ? 'Yes' : 'No')

/** The child's situation at referral and at closure, side by side. */
function comparisons({ before, outcomes }: Closure): Comparison[] {
  return [
    {
      outcome: 'Attendance',
      before: percent(before.attendancePercent),
      after: percent(outcomes.attendancePercentAfter),
    },
    { outcome: 'Suspensions', before: number(before.suspensions), after: number(outcomes.suspensionsAfter) },
    {
      outcome: 'At risk of permanent exclusion',
      before: yesNo(before.atRiskOfExclusion),
      after: yesNo(outcomes.atRiskOfExclusionAfter),
    },
  ]
}

const columns: TableColumn<Comparison>[] = [
  { header: 'Outcome', cell: (row) => row.outcome },
  { header: 'At referral', cell: (row) => row.before },
  { header: 'At closure', cell: (row) => row.after },
]

/** How a closed case closed: why and when, its outcomes against the referral, and the feedback given. */
export function CaseClosure({ caseId }: { caseId: string }) {
  const { data: closure } = useClosure(caseId)
  const { outcomes } = closure
  const headlines = outcomes.supportingFamiliesHeadlinesMet ?? []
  return (
    <>
      <h2 className="govuk-heading-m">Closure</h2>
      <SummaryList
        rows={[
          { key: 'Reason', value: <Reason closure={closure} /> },
          { key: 'Closed on', value: formatDate(closure.closedOn) },
          { key: 'Closed by', value: `${closure.closedBy} on ${formatDateTime(closure.closedAt)}` },
        ]}
      />
      <Table<Comparison>
        caption="Outcomes against the referral"
        captionSize="s"
        columns={columns}
        rows={comparisons(closure)}
        rowKey={(row) => row.outcome}
      />
      <SummaryList
        rows={[
          { key: 'Still at the same school', value: yesNo(outcomes.placementKept) },
          { key: 'EHC needs assessment requested', value: yesNo(outcomes.ehcNeedsAssessmentRequested) },
          { key: 'EHC plan issued', value: yesNo(outcomes.ehcpIssued) },
          {
            key: 'Supporting Families headlines met',
            value:
              headlines.length === 0 ? (
                'None'
              ) : (
                <ul className="govuk-list">
                  {headlines.map((headline) => (
                    <li key={headline}>{headlineName(headline)}</li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
      <h3 className="govuk-heading-s">Feedback</h3>
      {closure.feedback.length === 0 && <p className="govuk-body">No feedback was recorded.</p>}
      {closure.feedback.map((feedback) => (
        <div key={feedback.from} className="govuk-inset-text">
          <p className="govuk-body govuk-!-font-weight-bold">From {FEEDBACK_FROM[feedback.from] ?? feedback.from}</p>
          {feedback.quote && <Paragraphs text={`“${feedback.quote}”`} />}
          {feedback.rating !== undefined && <p className="govuk-body">Satisfaction: {feedback.rating} out of 5</p>}
        </div>
      ))}
    </>
  )
}

function Reason({ closure }: { closure: Closure }) {
  return (
    <>
      {reasonName(closure.reason)}
      {closure.reasonDetail && <Paragraphs text={closure.reasonDetail} />}
    </>
  )
}
