/** The record-access feature's query keys: a child's record is named by its ids. */
export const recordAccessKeys = {
  all: ['record-access'] as const,
  summary: (ids: string[]) => [...recordAccessKeys.all, 'summary', ids] as const,
  history: (ids: string[], query: string) => [...recordAccessKeys.all, 'history', ids, query] as const,
  practitioners: () => [...recordAccessKeys.all, 'practitioners'] as const,
}
