import { Form, Link, useLocation } from 'react-router'
import { Button } from '../../../lib/govuk/button'
import type { ErrorItem } from '../../../lib/govuk/error-summary'
import { TextInput } from '../../../lib/govuk/input'
import { errorFor, FILTER_LABELS, type AccessFilters, type FilterName } from '../forms/access-filters'

/** The history's days as a GET form: applying them changes the address, back to the first page. */
export function AccessFilter({ filters, errors }: { filters: AccessFilters; errors: ErrorItem[] }) {
  const { pathname } = useLocation()
  const field = (name: FilterName) => ({
    id: name,
    name,
    label: FILTER_LABELS[name],
    labelSize: 's' as const,
    type: 'date',
    defaultValue: filters[name],
    error: errorFor(errors, name),
  })
  return (
    <Form method="get" className="app-filter">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <TextInput {...field('from')} />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <TextInput {...field('to')} />
        </div>
        <div className="govuk-grid-column-one-half">
          <div className="govuk-button-group app-filter__button">
            <Button type="submit" className="govuk-button--secondary">
              Apply filters
            </Button>
            {(filters.from || filters.to) && (
              <Link className="govuk-link" to={pathname}>
                Clear the dates
              </Link>
            )}
          </div>
        </div>
      </div>
    </Form>
  )
}
