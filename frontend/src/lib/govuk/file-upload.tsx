import type { ComponentPropsWithRef, ReactNode } from 'react'
import { describedBy, ErrorMessage, FormGroup, Hint, Label, type LabelSize } from './field'

type FileUploadProps = Omit<ComponentPropsWithRef<'input'>, 'id' | 'type' | 'className'> & {
  id: string
  label: ReactNode
  labelSize?: LabelSize
  hint?: ReactNode
  error?: string | undefined
}

/** The GOV.UK file upload (the browser's own control, without the enhanced drop zone). */
export function FileUpload({ id, label, labelSize, hint, error, ...props }: FileUploadProps) {
  return (
    <FormGroup error={error}>
      <Label htmlFor={id} size={labelSize}>
        {label}
      </Label>
      <Hint id={id}>{hint}</Hint>
      <ErrorMessage id={id}>{error}</ErrorMessage>
      <input
        className={error ? 'govuk-file-upload govuk-file-upload--error' : 'govuk-file-upload'}
        id={id}
        type="file"
        aria-describedby={describedBy(id, hint, error)}
        {...props}
      />
    </FormGroup>
  )
}
