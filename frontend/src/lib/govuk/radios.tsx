import { Fragment, type ComponentPropsWithRef, type ReactNode } from 'react'
import { describedBy, ErrorMessage, Fieldset, FormGroup, Hint, type LabelSize } from './field'

/** `conditional` is revealed under its radio while that radio is chosen (the GOV.UK conditional reveal). */
export type ChoiceItem = { value: string; label: ReactNode; hint?: ReactNode; conditional?: ReactNode }

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
  /** The chosen value, which decides which conditional content is shown. */
  selected?: string | undefined
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
  selected,
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
          {items.map((item, index) => {
            const conditionalId = `conditional-${itemId(id, index)}`
            const revealed = selected === item.value
            return (
              <Fragment key={item.value}>
                <div className="govuk-radios__item">
                  <input
                    className="govuk-radios__input"
                    id={itemId(id, index)}
                    type="radio"
                    value={item.value}
                    aria-describedby={item.hint ? `${itemId(id, index)}-item-hint` : undefined}
                    aria-controls={item.conditional ? conditionalId : undefined}
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
                {item.conditional && (
                  <div
                    className={`govuk-radios__conditional${revealed ? '' : ' govuk-radios__conditional--hidden'}`}
                    id={conditionalId}
                    hidden={!revealed}
                  >
                    {item.conditional}
                  </div>
                )}
              </Fragment>
            )
          })}
        </div>
      </Fieldset>
    </FormGroup>
  )
}
