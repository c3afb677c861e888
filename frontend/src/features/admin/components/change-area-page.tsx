import { Link, useNavigate, useParams } from 'react-router'
import { realDate, toDateParts, toIsoDate, type DateParts } from '../../../lib/dates'
import { apiProblem } from '../../../lib/forms/api-problem'
import { useApiForm } from '../../../lib/forms/use-api-form'
import { BackLink } from '../../../lib/govuk/back-link'
import { Button } from '../../../lib/govuk/button'
import { DateInput } from '../../../lib/govuk/date-input'
import { ErrorSummary } from '../../../lib/govuk/error-summary'
import { TextInput } from '../../../lib/govuk/input'
import { Radios } from '../../../lib/govuk/radios'
import { SummaryList } from '../../../lib/govuk/summary-list'
import { PageTitle } from '../../../lib/page-title'
import { useArea } from '../api/get-area'
import type { Area, AreaUpdate, Weekday } from '../api/types'
import { useUpdateArea } from '../api/update-area'
import { cadenceWords, WEEKDAYS } from '../forms/cadence-words'
import { areaFieldNaming, someoneElseChanged, wholeNumber } from '../forms/field-names'
import { useVersion } from '../hooks/use-version'
import { adminPaths } from '../paths'
import type { SuccessState } from '../../../lib/govuk/success-banner'

type CadenceAnswers = { weekday: Weekday; everyWeeks: string; startsOn: DateParts }

/** Changing how often an area's triage panel meets, and on which day. */
export function ChangeAreaPage() {
  const { name = '' } = useParams()
  const { data: area } = useArea(name)
  return <CadenceForm area={area} />
}

function CadenceForm({ area }: { area: Area }) {
  const update = useUpdateArea(area.name)
  const navigate = useNavigate()
  const { version, learnFrom } = useVersion(area.version)
  const { form, summary, onSubmit, errorFor, busy } = useApiForm<CadenceAnswers>({
    defaultValues: {
      weekday: area.triageCadence.weekday,
      everyWeeks: String(area.triageCadence.everyWeeks),
      startsOn: toDateParts(area.triageCadence.startsOn),
    },
    toProblem: (error) =>
      apiProblem(error, areaFieldNaming, (refusal) =>
        refusal.status === 409 ? { text: someoneElseChanged('area') } : undefined,
      ),
  })
  const { register } = form
  const title = `${area.name} triage panel`

  const submit = onSubmit(async (answers) => {
    const startsOn = toIsoDate(answers.startsOn)
    const request: AreaUpdate = {
      triageCadence: {
        weekday: answers.weekday,
        everyWeeks: wholeNumber(answers.everyWeeks) ?? 0,
        ...(startsOn ? { startsOn } : {}),
      },
      version,
    }
    try {
      const changed = await update.mutateAsync(request)
      const body = `${changed.name}: meets ${cadenceWords(changed.triageCadence)}.`
      const state: SuccessState = { success: { heading: 'Triage cadence changed', body } }
      await navigate(adminPaths.areas, { state })
    } catch (error) {
      learnFrom(error)
      throw error
    }
  })

  return (
    <>
      <PageTitle>{summary.length > 0 ? `Error: ${title}` : title}</PageTitle>
      <BackLink to={adminPaths.areas}>Back to areas</BackLink>
      <div className="govuk-grid-row govuk-!-margin-top-4">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <span className="govuk-caption-l">Areas and triage meetings</span>
          <h1 className="govuk-heading-l">{title}</h1>
          <SummaryList rows={[{ key: 'Now', value: `Meets ${cadenceWords(area.triageCadence)}` }]} />
          <form noValidate onSubmit={submit}>
            <Radios
              id="weekday"
              legend="Which day does the panel meet?"
              legendSize="m"
              error={errorFor('weekday')}
              items={Object.entries(WEEKDAYS).map(([value, label]) => ({ value, label }))}
              inputProps={register('weekday')}
            />
            <TextInput
              id="everyWeeks"
              label="How many weeks apart are the meetings?"
              labelSize="m"
              hint="1 for every week, 2 for every other week, up to 12."
              inputMode="numeric"
              widthClass="govuk-input--width-3"
              suffix="weeks"
              spellCheck={false}
              error={errorFor('everyWeeks')}
              {...register('everyWeeks', {
                validate: (text) =>
                  wholeNumber(text) !== undefined || 'Enter the weeks between meetings as a whole number, like 2',
              })}
            />
            <DateInput
              id="startsOn"
              legend="A day the panel meets"
              legendSize="m"
              hint={
                'The meetings fall on this day and every so many weeks before and after it. ' +
                'It must be on the day chosen above. For example, 16 1 2026'
              }
              error={errorFor('startsOn')}
              day={register('startsOn.day', {
                validate: realDate<CadenceAnswers>('A day the panel meets', (answers) => answers.startsOn),
              })}
              month={register('startsOn.month')}
              year={register('startsOn.year')}
            />
            <div className="govuk-button-group">
              <Button type="submit" disabled={busy}>
                Save cadence
              </Button>
              <Link className="govuk-link" to={adminPaths.areas}>
                Cancel
              </Link>
            </div>
          </form>
        </div>
      </div>
    </>
  )
}
