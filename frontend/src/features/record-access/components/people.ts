import type { AuditEntry } from '../api/types'
import { ACCESS_WORDS, accessWord, isRefused, type AccessWord } from './access-words'

/** One person's accesses to the record: who, with which roles, what they did how often, and when last. */
export type PersonAccess = {
  userId: string
  name: string
  roles: string[]
  count: number
  last: string
  refused: number
  did: [word: AccessWord, count: number][]
}

/** The people in these entries (newest first), the most recent first. */
export function summarisePeople(entries: AuditEntry[], nameOf: (entry: AuditEntry) => string): PersonAccess[] {
  const byPerson = groupBy(entries, (entry) => entry.userId)
  return [...byPerson.values()].map((own) => personAccess(own, nameOf))
}

function personAccess(entries: AuditEntry[], nameOf: (entry: AuditEntry) => string): PersonAccess {
  const [latest] = entries as [AuditEntry, ...AuditEntry[]]
  const words = groupBy(entries, accessWord)
  return {
    userId: latest.userId,
    name: nameOf(latest),
    roles: [...new Set(entries.flatMap((entry) => entry.roles))],
    count: entries.length,
    last: latest.at,
    refused: entries.filter(isRefused).length,
    did: ACCESS_WORDS.filter((word) => words.has(word)).map((word) => [word, words.get(word)?.length ?? 0]),
  }
}

/** Map.groupBy, which the SPA's ES2023 target does not have yet. */
function groupBy<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  items.forEach((item) => groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]))
  return groups
}
