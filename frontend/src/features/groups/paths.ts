import { paths } from '../../config/paths'

/** The groups' addresses: the list (`paths.groups`), setting one up, a group and its forms. */
export const groupPaths = {
  list: paths.groups,
  setUp: `${paths.groups}/new`,
  group: (id: string) => `${paths.groups}/${encodeURIComponent(id)}`,
  addCase: (id: string) => `${paths.groups}/${encodeURIComponent(id)}/members/new`,
  recordSession: (id: string) => `${paths.groups}/${encodeURIComponent(id)}/sessions/new`,
} as const
