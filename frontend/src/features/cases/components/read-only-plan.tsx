import { Link } from 'react-router'
import { formatDate, formatDateTime } from '../../../lib/dates'
import { Table, type TableColumn } from '../../../lib/govuk/table'
import type { Case, Intervention, Plan, PlanAction } from '../api/types'
import { casePaths } from '../paths'
import { CaseFrame } from './case-frame'
import { interventionNames, ownerName, statusName } from './plan-words'

const columns: TableColumn<PlanAction>[] = [
  { header: 'What will be done', cell: (action) => action.what },
  { header: 'Who', cell: (action) => ownerName(action.who, action.partnerAgency) },
  { header: 'By when', cell: (action) => <span className="app-nowrap">{formatDate(action.byWhen)}</span> },
  { header: 'Status', cell: (action) => statusName(action.status) },
]

/** The plan of a closed case: its actions and interventions as they were last saved, and its versions. */
export function ReadOnlyPlan({
  found,
  plan,
  interventions,
}: {
  found: Case
  plan: Plan | null
  interventions: Intervention[]
}) {
  const used = interventionNames(plan?.interventions.map((intervention) => intervention.code) ?? [], interventions)
  return (
    <CaseFrame found={found} tab="plan" title="Plan">
      <h2 className="govuk-heading-m">Plan</h2>
      {plan ? (
        <>
          <p className="govuk-body">
            The case is closed. The plan was last saved by {plan.updatedBy} on {formatDateTime(plan.updatedAt)}.
          </p>
          {plan.actions.length === 0 ? (
            <p className="govuk-body">The plan has no actions.</p>
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
          {used.length === 0 ? (
            <p className="govuk-body">None</p>
          ) : (
            <ul className="govuk-list govuk-list--bullet">
              {used.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          )}
          <p className="govuk-body">
            <Link className="govuk-link" to={casePaths.planVersions(found.id)}>
              Versions of the plan
            </Link>
          </p>
        </>
      ) : (
        <p className="govuk-body">The case is closed: no plan was written.</p>
      )}
    </CaseFrame>
  )
}
