import { useState } from 'react'
import { Link } from 'react-router'
import { ApiError } from '../../../lib/api/api-error'
import { apiProblem, type FormProblem } from '../../../lib/forms/api-problem'
import { useApiForm } from '../../../lib/forms/use-api-form'
import { Button } from '../../../lib/govuk/button'
import { Checkboxes } from '../../../lib/govuk/checkboxes'
import { useInterventions } from '../api/get-interventions'
import { usePlan } from '../api/get-plan'
import type { Case, Intervention, Plan } from '../api/types'
import { planFieldNaming, type PlanValues } from '../forms/plan-form'
import { useLeaveWarning } from '../hooks/use-leave-warning'
import { startingPlan, usePlanDraft } from '../hooks/use-plan-draft'
import { casePaths } from '../paths'
import { CaseFrame, useRouteCase } from './case-frame'
import { LeaveQuestion, RestoredNotice, SaveStatus } from './draft-notices'
import { PlanActionRows } from './plan-action-rows'
import { KEEP_MINE_ID, PlanClashNotice } from './plan-notices'
import { ReadOnlyPlan } from './read-only-plan'

/** The case's SMART support plan: written as it saves itself while the case is open, read-only once it is closed. */
export function PlanPage() {
  const found = useRouteCase()
  const { data: plan } = usePlan(found.id)
  const { data: interventions } = useInterventions()
  if (found.state === 'CLOSED') return <ReadOnlyPlan found={found} plan={plan} interventions={interventions} />
  return <PlanForm found={found} plan={plan} interventions={interventions} />
}

const NOT_SAVED = 'The plan has not been saved.'

/** Saving was asked for while someone else's plan waits for the user's choice. */
class ChoiceFirst extends Error {}

/** What a failed "Save plan" means: the fields the API refused, or why it could not be saved. */
function saveProblem(error: unknown): FormProblem {
  if (error instanceof ChoiceFirst) {
    return { summary: [{ text: 'Choose whose plan to keep first', href: `#${KEEP_MINE_ID}` }], fields: [] }
  }
  if (!(error instanceof ApiError) || error.status >= 500) {
    const text = `Sorry, there is a problem with the service. ${NOT_SAVED} Your changes are kept on this device.`
    return { summary: [{ text: `${text} Try again later.` }], fields: [] }
  }
  return apiProblem(error, planFieldNaming, (refusal) => {
    if (refusal.status === 401) {
      return { text: `Your session has ended. ${NOT_SAVED} Your changes are kept on this device: sign in again.` }
    }
    if (refusal.problem?.currentVersion !== undefined) {
      return { text: 'Someone else changed this plan. Choose whose plan to keep.', href: `#${KEEP_MINE_ID}` }
    }
    return undefined
  })
}

/** The interventions offered: those in use, and those the service still offers. */
function offered(interventions: Intervention[], plan: Plan | null) {
  const used = plan?.interventions.map((intervention) => intervention.code) ?? []
  return interventions
    .filter((intervention) => intervention.enabled || used.includes(intervention.code))
    .map((intervention) => ({ value: intervention.code, label: intervention.label }))
}

function PlanForm({ found, plan, interventions }: { found: Case; plan: Plan | null; interventions: Intervention[] }) {
  const [start] = useState(() => startingPlan(found.id, plan))
  const { form, summary, onSubmit, errorFor, busy } = useApiForm<PlanValues>({
    defaultValues: start.values,
    toProblem: saveProblem,
  })
  const draft = usePlanDraft(found.id, form, start)
  const leaving = useLeaveWarning(draft.unsaved || draft.saving, draft.saveNow)

  const save = onSubmit(async () => {
    if (draft.clash) throw new ChoiceFirst()
    const result = await draft.saveNow()
    if (!result.saved) throw result.error
  })

  return (
    <CaseFrame found={found} tab="plan" title="Plan" errors={summary}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {leaving.asking && (
            <LeaveQuestion
              heading="Your latest changes have not been saved"
              onLeave={leaving.leave}
              onStay={leaving.stay}
            >
              They are kept on this device, and will be saved when you come back to this plan on it.
            </LeaveQuestion>
          )}
          {draft.clash ? (
            <PlanClashNotice
              clash={draft.clash}
              interventions={interventions}
              onKeepMine={draft.keepMine}
              onTakeTheirs={draft.takeTheirs}
            />
          ) : (
            draft.restored && <RestoredNotice />
          )}
          <h2 className="govuk-heading-m">Plan</h2>
          <p className="govuk-body">
            The support plan agreed with the family: SMART actions (what will be done, who will do it and by when) and
            the interventions used. Your work is saved as you write, and kept on this device until it is.
          </p>
          <SaveStatus
            saving={draft.saving}
            unsaved={draft.unsaved}
            savedAt={draft.savedAt}
            trouble={draft.trouble}
            keptOnDevice={draft.keptOnDevice}
            waiting={
              draft.incomplete
                ? 'An action is saved once it says what will be done, who will do it and by when.'
                : undefined
            }
          />
          <form noValidate onSubmit={save} onBlur={draft.saveIfChanged}>
            <PlanActionRows form={form} errorFor={errorFor} />
            <Checkboxes
              id="interventions"
              legend="Interventions"
              legendSize="m"
              hint="Select all the plan uses"
              small
              error={errorFor('interventions')}
              items={offered(interventions, plan)}
              inputProps={form.register('interventions')}
            />
            <Button type="submit" disabled={busy}>
              Save plan
            </Button>
          </form>
          <p className="govuk-body">
            <Link className="govuk-link" to={casePaths.planVersions(found.id)}>
              Versions of the plan
            </Link>
          </p>
        </div>
      </div>
    </CaseFrame>
  )
}
