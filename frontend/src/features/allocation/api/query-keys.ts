/** The query keys of the allocation feature, so that an allocation invalidates exactly what it changed. */
export const allocationKeys = {
  all: ['allocation'] as const,
  queue: (request: object) => [...allocationKeys.all, 'queue', request] as const,
  practitioners: () => [...allocationKeys.all, 'practitioners'] as const,
}
