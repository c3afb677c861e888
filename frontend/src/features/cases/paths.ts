import { paths } from '../../config/paths'

/** The addresses of a case's pages (others link to its summary, `paths.case`). */
export const casePaths = {
  summary: (id: string) => paths.case(id),
  contacts: (id: string) => `${paths.case(id)}/contacts`,
  newContact: (id: string) => `${paths.case(id)}/contacts/new`,
  assessment: (id: string) => `${paths.case(id)}/assessment`,
  assessmentVersions: (id: string) => `${paths.case(id)}/assessment/versions`,
} as const
