import { Button } from '../../../lib/govuk/button'
import { NotificationBanner } from '../../../lib/govuk/notification-banner'
import type { Intervention } from '../api/types'
import { isBlankAction } from '../forms/plan-form'
import type { PlanClash } from '../hooks/use-plan-draft'
import { when } from './draft-notices'
import { actionLine, interventionNames } from './plan-words'

/** The id of "Keep your plan", where the error summary sends a user who saves before choosing. */
export const KEEP_MINE_ID = 'keep-your-plan'

/** Someone else saved the plan while the user was writing it: their plan, and the choice of whose to keep. */
export function PlanClashNotice({
  clash,
  interventions,
  onKeepMine,
  onTakeTheirs,
}: {
  clash: PlanClash
  interventions: Intervention[]
  onKeepMine: () => void
  onTakeTheirs: () => void
}) {
  const actions = clash.theirs.actions.filter((action) => !isBlankAction(action))
  const used = interventionNames(clash.theirs.interventions, interventions)
  return (
    <NotificationBanner>
      <h3 className="govuk-notification-banner__heading">Someone else changed this plan</h3>
      <p className="govuk-body">
        {clash.by} saved it {when(clash.at)}, while you were writing. Your plan is still in the form. Nothing more is
        saved until you choose whose plan to keep: the other stays in the plan’s versions only if it was saved.
      </p>
      <h4 className="govuk-heading-s">{clash.by}’s plan</h4>
      {actions.length === 0 ? (
        <p className="govuk-body">No actions.</p>
      ) : (
        <ol className="govuk-list govuk-list--number">
          {actions.map((action) => (
            <li key={action.key}>{actionLine(action)}</li>
          ))}
        </ol>
      )}
      <p className="govuk-body">Interventions: {used.length === 0 ? 'none' : used.join('; ')}</p>
      <div className="govuk-button-group">
        <Button id={KEEP_MINE_ID} onClick={onKeepMine}>
          Keep your plan
        </Button>
        <Button className="govuk-button--secondary" onClick={onTakeTheirs}>
          Use {clash.by}’s plan
        </Button>
      </div>
    </NotificationBanner>
  )
}
