import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { apiProblem } from '../../../lib/forms/api-problem'
import { useApiForm } from '../../../lib/forms/use-api-form'
import { Button } from '../../../lib/govuk/button'
import { Radios } from '../../../lib/govuk/radios'
import { useAddGroupMember } from '../api/add-group-member'
import { useCases } from '../api/get-cases'
import type { Case, Group } from '../api/types'
import { groupFieldNaming } from '../forms/group-form'
import { childName } from '../forms/group-words'
import { groupPaths } from '../paths'
import { GroupFormPage } from './group-form-page'
import { useRouteGroup, type GroupPageState } from './group-page'

const TITLE = 'Add a case'

const isOpen = (found: Case) => found.state === 'ALLOCATED' || found.state === 'ACTIVE'

/**
 * "Add a case" to a group: one of the caller's open cases not in it yet (a senior's own are those with their id,
 * `practitionerId`).
 */
export function AddGroupMemberPage({ practitionerId }: { practitionerId?: string | undefined }) {
  const group = useRouteGroup()
  const { data: cases } = useCases(practitionerId)
  const members = new Set(group.members.map((member) => member.caseId))
  return <MemberForm group={group} open={cases.filter((found) => isOpen(found) && !members.has(found.id))} />
}

function MemberForm({ group, open }: { group: Group; open: Case[] }) {
  // The choices as the page opened: the form stays while its own addition refreshes the register.
  const [choices] = useState(open)
  const add = useAddGroupMember(group.id)
  const navigate = useNavigate()
  const { form, summary, onSubmit, errorFor, busy } = useApiForm<{ caseId: string }>({
    defaultValues: { caseId: '' },
    toProblem: (error) => apiProblem(error, groupFieldNaming),
  })

  const submit = onSubmit(async ({ caseId }) => {
    await add.mutateAsync(caseId)
    const added = choices.find((found) => found.id === caseId)!
    const state: GroupPageState = { success: { heading: `${childName(added)} added to the group` } }
    await navigate(groupPaths.group(group.id), { state })
  })

  return (
    <GroupFormPage group={group} title={TITLE} errors={summary}>
      {choices.length === 0 ? (
        <>
          <p className="govuk-body">You have no open cases that are not in this group already.</p>
          <p className="govuk-body">
            <Link className="govuk-link" to={groupPaths.group(group.id)}>
              Go back to the group
            </Link>
          </p>
        </>
      ) : (
        <form noValidate onSubmit={submit}>
          <Radios
            id="caseId"
            legend="Which of your open cases is joining the group?"
            legendSize="m"
            items={choices.map((found) => ({
              value: found.id,
              label: childName(found),
              hint: `Case ${found.reference}, ${found.schoolName}`,
            }))}
            error={errorFor('caseId')}
            inputProps={form.register('caseId', { required: 'Select the case joining the group' })}
          />
          <div className="govuk-button-group">
            <Button type="submit" disabled={busy}>
              Add the case
            </Button>
            <Link className="govuk-link" to={groupPaths.group(group.id)}>
              Cancel
            </Link>
          </div>
        </form>
      )}
    </GroupFormPage>
  )
}
