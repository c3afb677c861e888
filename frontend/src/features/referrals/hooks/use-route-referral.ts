import { useParams } from 'react-router'
import { useReferral } from '../api/get-referral'
import type { Referral } from '../api/types'

/** The referral named by the route's `:id`. */
export function useRouteReferral(): Referral {
  const { id = '' } = useParams()
  return useReferral(id).data
}
