import type { ComponentPropsWithRef, ReactNode } from 'react'
import { describedBy, ErrorMessage, Fieldset, FormGroup, Hint, type LabelSize } from './field'

type PartProps = Omit<ComponentPropsWithRef<'input'>, 'id' | 'className'>

type DateInputProps = {
  /** The day input takes `${id}-day`: where an error summary link for the date goes. */
  id: string
  legend: ReactNode
  legendSize?: LabelSize
  isPageHeading?: boolean
  hint?: ReactNode
  error?: string | undefined
  day: PartProps
  month: PartProps
  year: PartProps
}

/** The GOV.UK date input: day, month and year in a fieldset. */
export function DateInput({ id, legend, legendSize, isPageHeading, hint, error, day, month, year }: DateInputProps) {
  const part = (name: 'day' | 'month' | 'year', label: string, props: PartProps) => (
    <div className="govuk-date-input__item">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${name}`}>
          {label}
        </label>
        <input
          className={[
            'govuk-input govuk-date-input__input',
            name === 'year' ? 'govuk-input--width-4' : 'govuk-input--width-2',
            error && 'govuk-input--error',
          ]
            .filter(Boolean)
            .join(' ')}
          id={`${id}-${name}`}
          type="text"
          inputMode="numeric"
          {...props}
        />
      </div>
    </div>
  )
  return (
    <FormGroup error={error}>
      <Fieldset
        legend={legend}
        size={legendSize}
        isPageHeading={isPageHeading}
        role="group"
        describedBy={describedBy(id, hint, error)}
      >
        <Hint id={id}>{hint}</Hint>
        <ErrorMessage id={id}>{error}</ErrorMessage>
        <div className="govuk-date-input" id={id}>
          {part('day', 'Day', day)}
          {part('month', 'Month', month)}
          {part('year', 'Year', year)}
        </div>
      </Fieldset>
    </FormGroup>
  )
}
