import { Form } from 'react-router'
import { Button } from '../../../lib/govuk/button'
import { TextInput } from '../../../lib/govuk/input'
import { Select } from '../../../lib/govuk/select'
import type { ReferralState } from '../api/types'
import { STATE_NAMES } from './state-tag'

const STATE_OPTIONS = [
  { value: '', text: 'All states' },
  ...STATE_NAMES.map(({ state, name }) => ({ value: state, text: name })),
]

/** Filters as a GET form: applying them changes the address, back to the first page. */
export function ReferralsFilter({ state, q }: { state: ReferralState | undefined; q: string | undefined }) {
  return (
    <Form method="get" className="app-filter">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <TextInput
            id="q"
            name="q"
            label="Child’s name"
            labelSize="s"
            type="search"
            autoComplete="off"
            spellCheck={false}
            defaultValue={q ?? ''}
          />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select
            id="state"
            name="state"
            label="State"
            labelSize="s"
            options={STATE_OPTIONS}
            defaultValue={state ?? ''}
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
