import type { ButtonHTMLAttributes } from 'react'

export function Button({ className, ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type="button"
      className={className ? `govuk-button ${className}` : 'govuk-button'}
      data-module="govuk-button"
      {...props}
    />
  )
}
