import { keepPreviousData, queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api/client'
import { recordAccessKeys } from './query-keys'
import type { AuditEntry, AuditPage } from './types'

/** The trail's filters besides the records; days are YYYY-MM-DD (Europe/London), pages count from 0. */
export type AuditQuery = { from?: string | undefined; to?: string | undefined; page: number; size: number }

/** One page of the audit trail of these records, newest first (reading it is itself audited). */
export function searchAudit(ids: string[], query: AuditQuery, signal?: AbortSignal): Promise<AuditPage> {
  const params = new URLSearchParams(ids.map((id) => ['recordId', id]))
  if (query.from) params.set('from', query.from)
  if (query.to) params.set('to', query.to)
  params.set('page', String(query.page))
  params.set('size', String(query.size))
  return apiFetch<AuditPage>(`/api/v1/audit?${params.toString()}`, { signal: signal ?? null })
}

/** The API's largest page, and how many of them the summary reads at most. */
const SUMMARY_PAGE_SIZE = 200
const SUMMARY_PAGES = 5

/** The latest entries of a record, up to SUMMARY_PAGES pages; `complete` is false when there are older ones. */
export type RecentEntries = { entries: AuditEntry[]; complete: boolean; limit: number }

/**
 * Reads the pages one after another: each read adds to the trail, which moves older entries down a page, so a
 * later page can repeat the end of the one before (never skip one); the repeats are dropped.
 */
export async function getRecentEntries(ids: string[], signal?: AbortSignal): Promise<RecentEntries> {
  const read = (page: number) => searchAudit(ids, { page, size: SUMMARY_PAGE_SIZE }, signal)
  const first = await read(0)
  const pages = Math.min(SUMMARY_PAGES, Math.ceil(first.total / SUMMARY_PAGE_SIZE))
  const entries = new Map(first.items.map((entry) => [entryKey(entry), entry]))
  for (let page = 1; page < pages; page++) {
    ;(await read(page)).items.forEach((entry) => entries.set(entryKey(entry), entry))
  }
  const limit = SUMMARY_PAGES * SUMMARY_PAGE_SIZE
  return { entries: [...entries.values()], complete: first.total <= limit, limit }
}

/** Entries have no id of their own: one request does one thing to a record at one instant. */
export const entryKey = (entry: AuditEntry) =>
  [entry.at, entry.requestId, entry.userId, entry.action, entry.recordType, entry.recordId].join(' ')

/** Each read of the trail is itself recorded: it is read when the page asks, not each time the window has focus. */
const READ_WHEN_ASKED = { refetchOnWindowFocus: false } as const

export const recentEntriesQueryOptions = (ids: string[]) =>
  queryOptions({
    queryKey: recordAccessKeys.summary(ids),
    queryFn: ({ signal }) => getRecentEntries(ids, signal),
    ...READ_WHEN_ASKED,
  })

export function useRecentEntries(ids: string[]) {
  return useSuspenseQuery(recentEntriesQueryOptions(ids))
}

export const auditPageQueryOptions = (ids: string[], query: AuditQuery) =>
  queryOptions({
    queryKey: recordAccessKeys.history(ids, JSON.stringify(query)),
    queryFn: ({ signal }) => searchAudit(ids, query, signal),
    // The page on show stays while the next one loads.
    placeholderData: keepPreviousData,
    ...READ_WHEN_ASKED,
  })

/** A page of the history; not asked for while `enabled` is false (the page's days are wrong). */
export function useAuditPage(ids: string[], query: AuditQuery, enabled: boolean) {
  return useQuery({ ...auditPageQueryOptions(ids, query), enabled })
}
