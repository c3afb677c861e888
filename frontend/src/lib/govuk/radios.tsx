import type { ComponentPropsWithRef, ReactNode } from 'react'
import { describedBy, ErrorMessage, Fieldset, FormGroup, Hint, type LabelSize } from './field'

export type ChoiceItem = { value: string; label: ReactNode; hint?: ReactNode }

type InputProps = Omit<ComponentPropsWithRef<'input'>, 'id' | 'type' | 'value' | 'className'>

/** The item ids GOV.UK gives a group: the first takes the group's id (where an error link goes), then -2, -3… */
export function itemId(id: string, index: number): string {
  return index === 0 ? id : `${id}-${index + 1}`
}

type RadiosProps = {
  id: string
  legend: ReactNode
  legendSize?: LabelSize
  isPageHeading?: boolean
  hint?: ReactNode
  error?: string | undefined
  items: ChoiceItem[]
  inline?: boolean
  small?: boolean
  /** What every radio takes: react-hook-form's register(name), or name and onChange. */
  inputProps: InputProps
}

export function Radios({
  id,
  legend,
  legendSize,
  isPageHeading,
  hint,
  error,
  items,
  inline,
  small,
  inputProps,
}: RadiosProps) {
  const classes = ['govuk-radios', inline && 'govuk-radios--inline', small && 'govuk-radios--small']
    .filter(Boolean)
    .join(' ')
  return (
    <FormGroup error={error}>
      <Fieldset
        legend={legend}
        size={legendSize}
        isPageHeading={isPageHeading}
        describedBy={describedBy(id, hint, error)}
      >
        <Hint id={id}>{hint}</Hint>
        <ErrorMessage id={id}>{error}</ErrorMessage>
        <div className={classes} data-module="govuk-radios">
          {items.map((item, index) => (
            <div className="govuk-radios__item" key={item.value}>
              <input
                className="govuk-radios__input"
                id={itemId(id, index)}
                type="radio"
                value={item.value}
                aria-describedby={item.hint ? `${itemId(id, index)}-item-hint` : undefined}
                {...inputProps}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={itemId(id, index)}>
                {item.label}
              </label>
              {item.hint && (
                <div id={`${itemId(id, index)}-item-hint`} className="govuk-hint govuk-radios__hint">
                  {item.hint}
                </div>
              )}
            </div>
          ))}
        </div>
      </Fieldset>
    </FormGroup>
  )
}
