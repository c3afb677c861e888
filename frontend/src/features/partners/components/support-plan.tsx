import { formatDate, formatDateTime } from '../../../lib/dates'
import { Table, type TableColumn } from '../../../lib/govuk/table'
import { usePlan } from '../api/get-plan'
import type { PlanAction } from '../api/types'

/** Who does an action and where it stands, in the words of the case's own plan page. */
const OWNERS: Record<string, string> = {
  FAMILY: 'The family',
  SCHOOL: 'The school',
  PRACTITIONER: 'The family practitioner',
  PARTNER: 'A partner agency',
}

const STATUSES: Record<string, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  DROPPED: 'Dropped',
}

/** Who does an action: a partner agency by name when the plan names one; a value this version does not know as is. */
function owner(action: PlanAction): string {
  if (action.who === 'PARTNER' && action.partnerAgency) return action.partnerAgency
  return OWNERS[action.who] ?? action.who
}

const columns: TableColumn<PlanAction>[] = [
  { header: 'What will be done', cell: (action) => action.what },
  { header: 'Who', cell: owner },
  { header: 'By when', cell: (action) => <span className="app-nowrap">{formatDate(action.byWhen)}</span> },
  { header: 'Status', cell: (action) => STATUSES[action.status] ?? action.status },
]

/** The case's support plan as an invited partner reads it: its SMART actions and interventions, nothing to change. */
export function SupportPlan({ caseId }: { caseId: string }) {
  const { data: plan } = usePlan(caseId)
  return (
    <>
      <h2 className="govuk-heading-m">Support plan</h2>
      {!plan ? (
        <p className="govuk-body">The support plan has not been written yet.</p>
      ) : (
        <>
          <p className="govuk-body-s">
            Last changed by {plan.updatedBy} on {formatDateTime(plan.updatedAt)}
          </p>
          {plan.actions.length === 0 ? (
            <p className="govuk-body">The plan has no actions yet.</p>
          ) : (
            <Table<PlanAction>
              caption="Actions"
              captionSize="s"
              columns={columns}
              rows={plan.actions}
              rowKey={(action) => action.id}
            />
          )}
          <h3 className="govuk-heading-s">Interventions</h3>
          {plan.interventions.length === 0 ? (
            <p className="govuk-body">None chosen yet.</p>
          ) : (
            <ul className="govuk-list govuk-list--bullet">
              {plan.interventions.map((intervention) => (
                <li key={intervention.code}>{intervention.label}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  )
}
