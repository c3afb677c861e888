import { Link } from 'react-router'
import { paths } from '../../../config/paths'
import { formatDate, toDateParts, todayInLondon } from '../../../lib/dates'
import { apiProblem } from '../../../lib/forms/api-problem'
import { useApiForm } from '../../../lib/forms/use-api-form'
import { BackLink } from '../../../lib/govuk/back-link'
import { Button } from '../../../lib/govuk/button'
import { DateInput } from '../../../lib/govuk/date-input'
import { ErrorSummary } from '../../../lib/govuk/error-summary'
import { TextInput } from '../../../lib/govuk/input'
import { Radios } from '../../../lib/govuk/radios'
import { Select } from '../../../lib/govuk/select'
import { Textarea } from '../../../lib/govuk/textarea'
import { PageTitle } from '../../../lib/page-title'
import { usePartners } from '../api/get-partners'
import { useInvitePartner } from '../api/invite-partner'
import type { Case, CaseInvitation } from '../api/types'
import {
  fromCheck,
  invitationFieldNaming,
  inviteeName,
  NO_ANSWERS,
  toInvitationRequest,
  untilCheck,
  type InvitationAnswers,
} from '../forms/invitation-form'

const TITLE = 'Invite a partner'

/** What the case's partners page says once the invitation is made. */
export type Invited = { heading: string; body: string }

type Props = {
  found: Case
  /** The child's name as the case's pages write it. */
  name: string
  onInvited: (invited: Invited) => Promise<void>
}

/** "Invite a partner" to a case for a period: one partner user, or everyone at a partner agency. */
export function InvitePartnerPage({ found, name, onInvited }: Props) {
  return (
    <>
      <BackLink to={paths.casePartners(found.id)}>Back to partners</BackLink>
      <div className="govuk-grid-row govuk-!-margin-top-4">
        <div className="govuk-grid-column-two-thirds">
          {found.state === 'CLOSED' ? (
            <Closed caseId={found.id} />
          ) : (
            <InvitationForm found={found} name={name} onInvited={onInvited} />
          )}
        </div>
      </div>
    </>
  )
}

function InvitationForm({ found, name, onInvited }: Props) {
  const { data: partners } = usePartners()
  const invite = useInvitePartner(found.id)
  const { form, summary, onSubmit, errorFor, busy } = useApiForm<InvitationAnswers>({
    defaultValues: NO_ANSWERS,
    toProblem: (error) => apiProblem(error, invitationFieldNaming),
  })
  const { register, watch } = form
  const today = toDateParts(todayInLondon())
  const dateHint = `For example, ${today.day} ${today.month} ${today.year}`
  const agencies = [...new Set(partners.flatMap((partner) => (partner.agency ? [partner.agency] : [])))].sort()

  const submit = onSubmit(async (answers) => {
    const invitation = await invite.mutateAsync(toInvitationRequest(answers))
    await onInvited(invited(invitation))
  })

  return (
    <>
      <PageTitle>{`${summary.length > 0 ? 'Error: ' : ''}${TITLE} – ${name}`}</PageTitle>
      <ErrorSummary errors={summary} />
      <span className="govuk-caption-l">
        {name}, case {found.reference}
      </span>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body">
        From the first day to the last, the partner can see this case’s summary and support plan and add
        contributions. They see nothing else, and nothing of any other case.
      </p>
      <form noValidate onSubmit={submit}>
        <Radios
          id="invitee"
          legend="Who are you inviting?"
          legendSize="s"
          error={errorFor('invitee')}
          selected={watch('invitee')}
          items={[
            {
              value: 'partner',
              label: 'A partner',
              conditional: (
                <Select
                  id="partnerId"
                  label="Partner"
                  error={errorFor('partnerId')}
                  options={[
                    { value: '', text: 'Choose a partner' },
                    ...partners.map((partner) => ({
                      value: partner.id,
                      text: partner.agency ? `${partner.name} (${partner.agency})` : partner.name,
                    })),
                  ]}
                  {...register('partnerId', {
                    validate: (value, values) => values.invitee !== 'partner' || value !== '' || 'Choose the partner',
                  })}
                />
              ),
            },
            {
              value: 'agency',
              label: 'Everyone at an agency',
              hint: 'Everyone at the agency who signs in to TeamAround',
              conditional: (
                <TextInput
                  id="agency"
                  label="Agency"
                  hint={agencies.length > 0 ? `For example, ${agencies.join(', ')}` : undefined}
                  widthClass="govuk-input--width-20"
                  autoComplete="off"
                  spellCheck={false}
                  error={errorFor('agency')}
                  {...register('agency', {
                    validate: (value, values) =>
                      values.invitee !== 'agency' || value.trim() !== '' || 'Enter the agency',
                  })}
                />
              ),
            },
          ]}
          inputProps={register('invitee', { required: 'Select whether you are inviting a partner or an agency' })}
        />
        <DateInput
          id="from"
          legend="First day they can see the case"
          legendSize="s"
          hint={dateHint}
          error={errorFor('from')}
          day={register('from.day', { validate: fromCheck })}
          month={register('from.month')}
          year={register('from.year')}
        />
        <DateInput
          id="until"
          legend="Last day they can see the case"
          legendSize="s"
          hint={dateHint}
          error={errorFor('until')}
          day={register('until.day', { validate: untilCheck })}
          month={register('until.month')}
          year={register('until.year')}
        />
        <Textarea
          id="note"
          label="Note (optional)"
          labelSize="s"
          hint="Why you are inviting them and what you would like from them"
          rows={4}
          error={errorFor('note')}
          {...register('note', { maxLength: { value: 2000, message: 'Note must be 2,000 characters or fewer' } })}
        />
        <div className="govuk-button-group">
          <Button type="submit" disabled={busy}>
            Invite
          </Button>
          <Link className="govuk-link" to={paths.casePartners(found.id)}>
            Cancel
          </Link>
        </div>
      </form>
    </>
  )
}

function invited(invitation: CaseInvitation): Invited {
  return {
    heading: `${inviteeName(invitation)} invited`,
    body: `They can see this case from ${formatDate(invitation.from)} to ${formatDate(invitation.until)}.`,
  }
}

function Closed({ caseId }: { caseId: string }) {
  const title = 'This case is closed'
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">No partner can be invited to a closed case.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.casePartners(caseId)}>
          Go back to the case’s partners
        </Link>
      </p>
    </>
  )
}
