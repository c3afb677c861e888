import { formatDate, formatDay, todayInLondon } from '../../../lib/dates'
import { apiProblem } from '../../../lib/forms/api-problem'
import { Button } from '../../../lib/govuk/button'
import { ButtonLink } from '../../../lib/govuk/button-link'
import type { ErrorItem } from '../../../lib/govuk/error-summary'
import { Table, type TableColumn } from '../../../lib/govuk/table'
import { Tag } from '../../../lib/govuk/tag'
import { useEndInvitation } from '../api/end-invitation'
import { useInvitations } from '../api/get-invitations'
import type { Case, CaseInvitation } from '../api/types'
import { invitationFieldNaming, inviteeName } from '../forms/invitation-form'
import { partnerPaths } from '../paths'
import { Contributions } from './contributions'

/** What the case's page says once an invitation has ended. */
export type Ended = { heading: string; body: string }

type Props = {
  found: Case
  onEnded: (ended: Ended) => Promise<void>
  /** Why an invitation could not be ended, for the page's error summary. */
  onRefused: (errors: ErrorItem[]) => void
}

/**
 * A case's partners, for its practitioner or a senior: who has been invited, for when, whether they can see the case
 * today (and the way to end that), the way to invite another while the case is open, and what partners have added.
 */
export function CasePartners({ found, onEnded, onRefused }: Props) {
  const { data: invitations } = useInvitations(found.id)
  const end = useEndInvitation(found.id)
  const today = todayInLondon()

  const endInvitation = async (invitation: CaseInvitation) => {
    try {
      await end.mutateAsync(invitation.id)
    } catch (error) {
      onRefused(apiProblem(error, invitationFieldNaming).summary)
      return
    }
    await onEnded({ heading: 'Invitation ended', body: `${inviteeName(invitation)} can no longer see this case.` })
  }

  const columns: TableColumn<CaseInvitation>[] = [
    { header: 'Invited', cell: inviteeName },
    { header: 'From', cell: (invitation) => <span className="app-nowrap">{formatDate(invitation.from)}</span> },
    { header: 'Until', cell: (invitation) => <span className="app-nowrap">{formatDate(invitation.until)}</span> },
    { header: 'Status', cell: (invitation) => <InvitationStatus invitation={invitation} today={today} /> },
    { header: 'Invited by', cell: (invitation) => invitation.invitedByName },
    {
      header: 'Action',
      cell: (invitation) =>
        !invitation.endedAt &&
        invitation.until >= today && (
          <Button
            className="govuk-button--secondary govuk-!-margin-bottom-0"
            disabled={end.isPending}
            onClick={() => void endInvitation(invitation)}
          >
            End invitation <span className="govuk-visually-hidden">of {inviteeName(invitation)}</span>
          </Button>
        ),
    },
  ]

  return (
    <>
      <h2 className="govuk-heading-m">Partners</h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            A partner you invite can see this case’s summary and support plan, and add contributions, from the first
            day of their invitation to the last.
          </p>
          {found.state !== 'CLOSED' && <ButtonLink to={partnerPaths.invite(found.id)}>Invite a partner</ButtonLink>}
        </div>
      </div>
      {invitations.length === 0 ? (
        <p className="govuk-body">No partner has been invited to this case.</p>
      ) : (
        <Table<CaseInvitation>
          caption={`${invitations.length} ${invitations.length === 1 ? 'invitation' : 'invitations'}, newest first`}
          captionSize="s"
          columns={columns}
          rows={invitations}
          rowKey={(invitation) => invitation.id}
        />
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Contributions caseId={found.id} />
        </div>
      </div>
    </>
  )
}

/** Whether the partner can see the case today, will from a later day, or no longer can (and why). */
function InvitationStatus({ invitation, today }: { invitation: CaseInvitation; today: string }) {
  if (invitation.endedAt) {
    return (
      <>
        <Tag colour="grey">Ended</Tag>
        <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1 govuk-!-margin-bottom-0">
          on {formatDay(invitation.endedAt)}
          {invitation.endedByName && ` by ${invitation.endedByName}`}
        </span>
      </>
    )
  }
  if (invitation.current) return <Tag colour="green">Current</Tag>
  return invitation.from > today ? <Tag colour="blue">Not started</Tag> : <Tag colour="grey">Finished</Tag>
}
