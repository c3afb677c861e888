import type { ComponentPropsWithRef, ReactNode } from 'react'
import { describedBy, ErrorMessage, FormGroup, Hint, Label, type LabelSize } from './field'

type TextareaProps = Omit<ComponentPropsWithRef<'textarea'>, 'id'> & {
  id: string
  label: ReactNode
  labelSize?: LabelSize
  isPageHeading?: boolean
  hint?: ReactNode
  error?: string | undefined
}

export function Textarea({ id, label, labelSize, isPageHeading, hint, error, rows = 5, ...props }: TextareaProps) {
  return (
    <FormGroup error={error}>
      <Label htmlFor={id} size={labelSize} isPageHeading={isPageHeading}>
        {label}
      </Label>
      <Hint id={id}>{hint}</Hint>
      <ErrorMessage id={id}>{error}</ErrorMessage>
      <textarea
        className={error ? 'govuk-textarea govuk-textarea--error' : 'govuk-textarea'}
        id={id}
        rows={rows}
        aria-describedby={describedBy(id, hint, error)}
        {...props}
      />
    </FormGroup>
  )
}
