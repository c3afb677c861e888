import { isRouteErrorResponse, useRouteError } from 'react-router'
import { NotFoundPage } from './not-found-page'
import { ServiceProblemPage } from './service-problem-page'

/** What the user sees when a page fails: not found for a 404 route, otherwise the service problem page. */
export function RouteError() {
  const error = useRouteError()
  return isRouteErrorResponse(error) && error.status === 404 ? <NotFoundPage /> : <ServiceProblemPage />
}
