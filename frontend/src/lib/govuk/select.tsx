import type { ComponentPropsWithRef, ReactNode } from 'react'
import { describedBy, ErrorMessage, FormGroup, Hint, Label, type LabelSize } from './field'

export type SelectOption = { value: string; text: string }

type SelectProps = Omit<ComponentPropsWithRef<'select'>, 'id'> & {
  id: string
  label: ReactNode
  labelSize?: LabelSize
  hint?: ReactNode
  error?: string | undefined
  options: SelectOption[]
}

export function Select({ id, label, labelSize, hint, error, options, ...props }: SelectProps) {
  return (
    <FormGroup error={error}>
      <Label htmlFor={id} size={labelSize}>
        {label}
      </Label>
      <Hint id={id}>{hint}</Hint>
      <ErrorMessage id={id}>{error}</ErrorMessage>
      <select
        className={error ? 'govuk-select govuk-select--error' : 'govuk-select'}
        id={id}
        aria-describedby={describedBy(id, hint, error)}
        {...props}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </FormGroup>
  )
}
