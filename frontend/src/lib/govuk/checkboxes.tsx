import type { ComponentPropsWithRef, ReactNode } from 'react'
import { describedBy, ErrorMessage, Fieldset, FormGroup, Hint, type LabelSize } from './field'
import { itemId } from './radios'

/** A checkbox without a value is a yes/no answer (react-hook-form reads it as a boolean). */
export type CheckboxItem = { value?: string; label: ReactNode; hint?: ReactNode }

type InputProps = Omit<ComponentPropsWithRef<'input'>, 'id' | 'type' | 'value' | 'className'>

type CheckboxesProps = {
  id: string
  legend: ReactNode
  legendSize?: LabelSize
  isPageHeading?: boolean
  hint?: ReactNode
  error?: string | undefined
  items: CheckboxItem[]
  small?: boolean
  inputProps: InputProps
}

export function Checkboxes({
  id,
  legend,
  legendSize,
  isPageHeading,
  hint,
  error,
  items,
  small,
  inputProps,
}: CheckboxesProps) {
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
        <div
          className={small ? 'govuk-checkboxes govuk-checkboxes--small' : 'govuk-checkboxes'}
          data-module="govuk-checkboxes"
        >
          {items.map((item, index) => (
            <div className="govuk-checkboxes__item" key={item.value ?? index}>
              <input
                className="govuk-checkboxes__input"
                id={itemId(id, index)}
                type="checkbox"
                value={item.value}
                aria-describedby={item.hint ? `${itemId(id, index)}-item-hint` : undefined}
                {...inputProps}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={itemId(id, index)}>
                {item.label}
              </label>
              {item.hint && (
                <div id={`${itemId(id, index)}-item-hint`} className="govuk-hint govuk-checkboxes__hint">
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
