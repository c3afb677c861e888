import { useParams } from 'react-router'
import { useTriageMeeting } from '../api/get-triage-meeting'
import type { TriageMeeting } from '../api/types'

/** The meeting named by the route's `:id`. */
export function useRouteMeeting(): TriageMeeting {
  const { id = '' } = useParams()
  return useTriageMeeting(id).data
}
