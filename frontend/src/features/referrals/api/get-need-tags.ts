import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { referralKeys } from './query-keys'
import type { NeedTag } from './types'

export function getNeedTags(signal?: AbortSignal): Promise<NeedTag[]> {
  return apiFetch<NeedTag[]>('/api/v1/need-tags', { signal: signal ?? null })
}

export const needTagsQueryOptions = () =>
  queryOptions({
    queryKey: referralKeys.needTags(),
    queryFn: ({ signal }) => getNeedTags(signal),
    staleTime: 60 * 60_000,
  })

export function useNeedTags() {
  return useSuspenseQuery(needTagsQueryOptions())
}
