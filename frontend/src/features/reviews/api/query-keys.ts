/** The query keys of the reviews feature. */
export const reviewKeys = {
  all: ['reviews'] as const,
  overdue: () => [...reviewKeys.all, 'overdue'] as const,
}
