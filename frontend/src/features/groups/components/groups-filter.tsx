import { Form } from 'react-router'
import { todayInLondon } from '../../../lib/dates'
import { Button } from '../../../lib/govuk/button'
import { Select } from '../../../lib/govuk/select'
import { useAreas } from '../api/get-areas'
import type { GroupFilters } from '../api/get-groups'
import { HALF_TERMS, schoolYearsAround } from '../forms/group-words'

/** Filters as a GET form: applying them changes the address (`?schoolYear=2026/27&halfTerm=AUTUMN_1&areaId=…`). */
export function GroupsFilter({ filters }: { filters: GroupFilters }) {
  const { data: areas } = useAreas()
  const years = schoolYearsAround(todayInLondon())
  if (filters.schoolYear && !years.includes(filters.schoolYear)) years.push(filters.schoolYear)
  return (
    <Form method="get" className="app-filter">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <Select
            id="schoolYear"
            name="schoolYear"
            label="School year"
            labelSize="s"
            options={[{ value: '', text: 'Any' }, ...years.map((year) => ({ value: year, text: year }))]}
            defaultValue={filters.schoolYear ?? ''}
          />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select
            id="halfTerm"
            name="halfTerm"
            label="Half term"
            labelSize="s"
            options={[
              { value: '', text: 'Any' },
              ...Object.entries(HALF_TERMS).map(([value, text]) => ({ value, text })),
            ]}
            defaultValue={filters.halfTerm ?? ''}
          />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select
            id="areaId"
            name="areaId"
            label="Area"
            labelSize="s"
            options={[{ value: '', text: 'Any' }, ...areas.map((area) => ({ value: area.id, text: area.name }))]}
            defaultValue={filters.areaId ?? ''}
          />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Button type="submit" className="govuk-button--secondary app-filter__button">
            Apply filters
          </Button>
        </div>
      </div>
    </Form>
  )
}
