import { useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { Button } from '../../../lib/govuk/button'
import { TextInput } from '../../../lib/govuk/input'
import { Select, type SelectOption } from '../../../lib/govuk/select'
import { PRIMARY_NEEDS } from '../../../lib/primary-needs'
import { BREAKDOWNS } from '../forms/figure-words'
import { FILTER_LABELS, type FilterError, type FilterName, type FilterValues } from '../forms/report-filters'
import { useFilterChoices } from '../hooks/use-filter-choices'

const options = (any: string, choices: [value: string, text: string][]): SelectOption[] => [
  { value: '', text: any },
  ...choices.map(([value, text]) => ({ value, text })),
]

const NEED_OPTIONS = options('All needs', Object.entries(PRIMARY_NEEDS))
const BREAKDOWN_OPTIONS = options('No breakdown', Object.entries(BREAKDOWNS))

/**
 * The report's filters as a GET form: applying them changes the address (only the filters set, so that the link is
 * short enough to share). The schools offered narrow to the area chosen, as soon as it is chosen.
 */
export function ReportFilter({
  values,
  errors,
  breakdowns,
}: {
  values: FilterValues
  errors: FilterError[]
  breakdowns: boolean
}) {
  const { areas, schools, practitioners } = useFilterChoices()
  const navigate = useNavigate()
  const [areaId, setAreaId] = useState(values.areaId)
  const areaName = areas.find((area) => area.id === areaId)?.name
  const errorFor = (name: FilterName) => errors.find((error) => error.name === name)?.text
  const field = (name: FilterName) => ({ id: name, name, label: FILTER_LABELS[name], labelSize: 's' as const })
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const chosen = [...new FormData(event.currentTarget)].filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
    )
    void navigate({ search: new URLSearchParams(chosen).toString() })
  }
  return (
    <form method="get" className="app-filter" onSubmit={apply}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <TextInput {...field('from')} type="date" defaultValue={values.from} error={errorFor('from')} />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <TextInput {...field('to')} type="date" defaultValue={values.to} error={errorFor('to')} />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select
            {...field('areaId')}
            options={options('All areas', areas.map((area) => [area.id, area.name]))}
            value={areaId}
            onChange={(event) => setAreaId(event.target.value)}
          />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select
            {...field('schoolUrn')}
            options={options(
              'All schools',
              schools
                .filter((school) => !areaName || school.area === areaName)
                .map((school) => [school.urn, school.name]),
            )}
            defaultValue={values.schoolUrn}
          />
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <Select {...field('needType')} options={NEED_OPTIONS} defaultValue={values.needType} />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select
            {...field('practitionerId')}
            options={options(
              'All practitioners',
              practitioners.map((practitioner) => [practitioner.id, practitioner.name]),
            )}
            defaultValue={values.practitionerId}
          />
        </div>
        {breakdowns && (
          <div className="govuk-grid-column-one-quarter">
            <Select {...field('by')} options={BREAKDOWN_OPTIONS} defaultValue={values.by} />
          </div>
        )}
        <div className="govuk-grid-column-one-quarter">
          <Button type="submit" className="govuk-button--secondary app-filter__button">
            Show the figures
          </Button>
        </div>
      </div>
    </form>
  )
}
