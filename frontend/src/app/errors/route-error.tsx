import { isRouteErrorResponse, useRouteError } from 'react-router'
import { ApiError } from '../../lib/api/api-error'
import { NotFoundPage } from './not-found-page'
import { ServiceProblemPage } from './service-problem-page'

/**
 * What the user sees when a page fails: not found for a 404 route or a record the API does not show the
 * caller (404: none, or outside their scope), otherwise the service problem page.
 */
export function RouteError() {
  const error = useRouteError()
  const notFound = (isRouteErrorResponse(error) || error instanceof ApiError) && error.status === 404
  return notFound ? <NotFoundPage /> : <ServiceProblemPage />
}
