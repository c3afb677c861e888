import type { ComponentPropsWithRef, ReactNode } from 'react'
import { describedBy, ErrorMessage, FormGroup, Hint, Label, type LabelSize } from './field'

export type TextInputProps = Omit<ComponentPropsWithRef<'input'>, 'id' | 'prefix'> & {
  id: string
  label: ReactNode
  labelSize?: LabelSize
  isPageHeading?: boolean
  hint?: ReactNode
  error?: string | undefined
  /** A fixed width, e.g. 'govuk-input--width-10'. */
  widthClass?: string
  suffix?: string
}

/** The GOV.UK text input: label, hint and error message tied to the input by id. */
export function TextInput({
  id,
  label,
  labelSize,
  isPageHeading,
  hint,
  error,
  widthClass,
  suffix,
  type = 'text',
  ...props
}: TextInputProps) {
  const classes = ['govuk-input', widthClass, error && 'govuk-input--error'].filter(Boolean).join(' ')
  const input = (
    <input className={classes} id={id} type={type} aria-describedby={describedBy(id, hint, error)} {...props} />
  )
  return (
    <FormGroup error={error}>
      <Label htmlFor={id} size={labelSize} isPageHeading={isPageHeading}>
        {label}
      </Label>
      <Hint id={id}>{hint}</Hint>
      <ErrorMessage id={id}>{error}</ErrorMessage>
      {suffix ? (
        <div className="govuk-input__wrapper">
          {input}
          <div className="govuk-input__suffix" aria-hidden="true">
            {suffix}
          </div>
        </div>
      ) : (
        input
      )}
    </FormGroup>
  )
}
