import type { ReactNode } from 'react'
import type { RouteObject } from 'react-router'
import type { Me } from '../features/me/api/get-me'
import { EraseRecordPage } from '../features/retention/components/erase-record-page'
import { HoldRecordPage } from '../features/retention/components/hold-record-page'
import { RetentionPage } from '../features/retention/components/retention-page'
import { Allowed, SENIOR } from './allocation-routes'

const isSenior = (me: Me) => me.roles.includes('senior')

const forSeniors = (page: ReactNode) => (
  <Allowed when={isSenior} what="review records due for erasure" who={SENIOR}>
    {page}
  </Allowed>
)

/** Seniors review ended family records past their retention date: they erase each one or keep it longer. */
export const retentionRoutes: RouteObject[] = [
  { path: 'retention', element: forSeniors(<RetentionPage />) },
  { path: 'retention/:reviewId/erase', element: forSeniors(<EraseRecordPage />) },
  { path: 'retention/:reviewId/hold', element: forSeniors(<HoldRecordPage />) },
]
