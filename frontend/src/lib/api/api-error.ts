import type { components } from './schema'

export type Problem = components['schemas']['Problem']
export type FieldError = NonNullable<Problem['errors']>[number]

/** A failed API call: the HTTP status and, when the backend sent one, its problem+json document. */
export class ApiError extends Error {
  override name = 'ApiError'
  readonly status: number
  readonly problem: Problem | undefined

  constructor(status: number, problem?: Problem) {
    super(problem ? `${problem.status} ${problem.title}${problem.detail ? `: ${problem.detail}` : ''}` : `HTTP ${status}`)
    this.status = status
    this.problem = problem
  }

  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? []
  }
}

export async function toApiError(response: Response): Promise<ApiError> {
  const type = response.headers.get('Content-Type') ?? ''
  if (!type.startsWith('application/problem+json')) {
    return new ApiError(response.status)
  }
  try {
    return new ApiError(response.status, (await response.json()) as Problem)
  } catch {
    return new ApiError(response.status)
  }
}
