import { Link, useNavigate, useParams } from 'react-router'
import { ApiError } from '../../../lib/api/api-error'
import { apiProblem } from '../../../lib/forms/api-problem'
import { useApiForm } from '../../../lib/forms/use-api-form'
import { BackLink } from '../../../lib/govuk/back-link'
import { Button } from '../../../lib/govuk/button'
import { ErrorSummary } from '../../../lib/govuk/error-summary'
import { TextInput } from '../../../lib/govuk/input'
import { Select } from '../../../lib/govuk/select'
import { SummaryList } from '../../../lib/govuk/summary-list'
import { PageTitle } from '../../../lib/page-title'
import { useAreas } from '../api/get-areas'
import { usePractitioners } from '../api/get-practitioners'
import type { Practitioner, PractitionerUpdate } from '../api/types'
import { useUpdatePractitioner } from '../api/update-practitioner'
import { practitionerFieldNaming, someoneElseChanged, wholeNumber } from '../forms/field-names'
import { useVersion } from '../hooks/use-version'
import { adminPaths } from '../paths'
import type { SuccessState } from '../../../lib/govuk/success-banner'

type PractitionerAnswers = { capacity: string; area: string }

/** Setting a practitioner's capacity and area. */
export function ChangePractitionerPage() {
  const { id = '' } = useParams()
  const { data: practitioners } = usePractitioners()
  const practitioner = practitioners.find((candidate) => candidate.id === id)
  if (!practitioner) throw new ApiError(404)
  return <PractitionerForm practitioner={practitioner} />
}

function PractitionerForm({ practitioner }: { practitioner: Practitioner }) {
  const { data: areas } = useAreas()
  const update = useUpdatePractitioner(practitioner.id)
  const navigate = useNavigate()
  const { version, learnFrom } = useVersion(practitioner.version)
  const { form, summary, onSubmit, errorFor, busy } = useApiForm<PractitionerAnswers>({
    defaultValues: { capacity: String(practitioner.capacity), area: practitioner.area ?? '' },
    toProblem: (error) =>
      apiProblem(error, practitionerFieldNaming, (refusal) =>
        refusal.status === 409 ? { text: someoneElseChanged('practitioner') } : undefined,
      ),
  })
  const { register } = form

  const submit = onSubmit(async (answers) => {
    const request: PractitionerUpdate = { capacity: wholeNumber(answers.capacity) ?? 0, version }
    if (answers.area) request.area = answers.area
    try {
      const changed = await update.mutateAsync(request)
      const state: SuccessState = {
        success: {
          heading: 'Practitioner changed',
          body: `${changed.name}: ${changed.area ?? 'no area'}, capacity ${changed.capacity}.`,
        },
      }
      await navigate(adminPaths.practitioners, { state })
    } catch (error) {
      learnFrom(error)
      throw error
    }
  })

  return (
    <>
      <PageTitle>{summary.length > 0 ? `Error: ${practitioner.name}` : practitioner.name}</PageTitle>
      <BackLink to={adminPaths.practitioners}>Back to practitioners</BackLink>
      <div className="govuk-grid-row govuk-!-margin-top-4">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <span className="govuk-caption-l">Practitioner</span>
          <h1 className="govuk-heading-l">{practitioner.name}</h1>
          <SummaryList
            rows={[
              { key: 'Username', value: practitioner.username },
              { key: 'Open cases', value: practitioner.caseload },
              { key: 'Capacity now', value: practitioner.capacity },
              { key: 'Area now', value: practitioner.area ?? 'None' },
            ]}
          />
          <form noValidate onSubmit={submit}>
            <TextInput
              id="capacity"
              label="Capacity"
              labelSize="m"
              hint={
                'How many open cases they can hold, from 0 to 200. ' +
                'A senior can still allocate beyond it, giving a reason.'
              }
              inputMode="numeric"
              widthClass="govuk-input--width-3"
              suffix="cases"
              spellCheck={false}
              error={errorFor('capacity')}
              {...register('capacity', {
                validate: (text) => wholeNumber(text) !== undefined || 'Enter the capacity as a whole number, like 12',
              })}
            />
            <Select
              id="area"
              label="Area"
              labelSize="m"
              hint="The area whose families they mostly support."
              error={errorFor('area')}
              options={[
                { value: '', text: 'No area' },
                ...areas.map((area) => ({ value: area.name, text: area.name })),
              ]}
              {...register('area')}
            />
            <div className="govuk-button-group">
              <Button type="submit" disabled={busy}>
                Save
              </Button>
              <Link className="govuk-link" to={adminPaths.practitioners}>
                Cancel
              </Link>
            </div>
          </form>
        </div>
      </div>
    </>
  )
}
