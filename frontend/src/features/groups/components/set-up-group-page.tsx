import { Link, useNavigate } from 'react-router'
import { todayInLondon } from '../../../lib/dates'
import { apiProblem } from '../../../lib/forms/api-problem'
import { useApiForm } from '../../../lib/forms/use-api-form'
import { BackLink } from '../../../lib/govuk/back-link'
import { Button } from '../../../lib/govuk/button'
import { ErrorSummary } from '../../../lib/govuk/error-summary'
import { TextInput } from '../../../lib/govuk/input'
import { Radios } from '../../../lib/govuk/radios'
import { PageTitle } from '../../../lib/page-title'
import { useAreas } from '../api/get-areas'
import { useSetUpGroup } from '../api/set-up-group'
import { groupFieldNaming, toGroupRequest, type GroupAnswers } from '../forms/group-form'
import { GROUP_KIND_ITEMS, HALF_TERM_ITEMS, schoolYearCheck, schoolYearOf } from '../forms/group-words'
import { groupPaths } from '../paths'
import type { GroupPageState } from './group-page'

const TITLE = 'Set up a group'

/** "Set up a group": its name, kind, area and half term; it opens with an empty register. */
export function SetUpGroupPage() {
  const { data: areas } = useAreas()
  const setUp = useSetUpGroup()
  const navigate = useNavigate()
  const { form, summary, onSubmit, errorFor, busy } = useApiForm<GroupAnswers>({
    defaultValues: { name: '', kind: '', areaId: '', schoolYear: schoolYearOf(todayInLondon()), halfTerm: '' },
    toProblem: (error) => apiProblem(error, groupFieldNaming),
  })
  const { register } = form

  const submit = onSubmit(async (answers) => {
    const group = await setUp.mutateAsync(toGroupRequest(answers))
    const state: GroupPageState = { success: { heading: 'Group set up', body: 'Add the cases that take part.' } }
    await navigate(groupPaths.group(group.id), { state })
  })

  return (
    <>
      <PageTitle>{summary.length > 0 ? `Error: ${TITLE}` : TITLE}</PageTitle>
      <BackLink to={groupPaths.list}>Back to groups</BackLink>
      <div className="govuk-grid-row govuk-!-margin-top-4">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <h1 className="govuk-heading-l">{TITLE}</h1>
          <form noValidate onSubmit={submit}>
            <TextInput
              id="name"
              label="Name of the group"
              labelSize="m"
              hint="For example, Pontefract parents’ group"
              autoComplete="off"
              error={errorFor('name')}
              {...register('name', {
                validate: (value) => value.trim() !== '' || 'Enter the name of the group',
                maxLength: { value: 200, message: 'The name of the group must be 200 characters or fewer' },
              })}
            />
            <Radios
              id="kind"
              legend="What kind of group is it?"
              legendSize="m"
              items={GROUP_KIND_ITEMS}
              error={errorFor('kind')}
              inputProps={register('kind', { required: 'Select the kind of group' })}
            />
            <Radios
              id="areaId"
              legend="Area"
              legendSize="m"
              items={areas.map((area) => ({ value: area.id, label: area.name }))}
              error={errorFor('areaId')}
              inputProps={register('areaId', { required: 'Select the area of the group' })}
            />
            <TextInput
              id="schoolYear"
              label="School year"
              labelSize="m"
              hint="For example, 2026/27"
              widthClass="govuk-input--width-5"
              autoComplete="off"
              spellCheck={false}
              error={errorFor('schoolYear')}
              {...register('schoolYear', { validate: schoolYearCheck })}
            />
            <Radios
              id="halfTerm"
              legend="Half term"
              legendSize="m"
              items={HALF_TERM_ITEMS}
              error={errorFor('halfTerm')}
              inputProps={register('halfTerm', { required: 'Select the half term of the group' })}
            />
            <div className="govuk-button-group">
              <Button type="submit" disabled={busy}>
                Set up group
              </Button>
              <Link className="govuk-link" to={groupPaths.list}>
                Cancel
              </Link>
            </div>
          </form>
        </div>
      </div>
    </>
  )
}
