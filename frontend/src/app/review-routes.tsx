import type { RouteObject } from 'react-router'
import type { Me } from '../features/me/api/get-me'
import { OverdueReviewsPage } from '../features/reviews/components/overdue-reviews-page'
import { Allowed, SENIOR } from './allocation-routes'

const isSenior = (me: Me) => me.roles.includes('senior')

/** Seniors watch the service's overdue reviews; a practitioner's own are among their next actions on the home page. */
export const reviewRoutes: RouteObject[] = [
  {
    path: 'reviews/overdue',
    element: (
      <Allowed when={isSenior} what="see the service’s overdue reviews" who={SENIOR}>
        <OverdueReviewsPage />
      </Allowed>
    ),
  },
]
