import { paths } from '../../config/paths'

/** The addresses of a case's pages (others link to its summary, `paths.case`). */
export const casePaths = {
  summary: (id: string) => paths.case(id),
  contacts: (id: string) => `${paths.case(id)}/contacts`,
  newContact: (id: string) => `${paths.case(id)}/contacts/new`,
  assessment: (id: string) => `${paths.case(id)}/assessment`,
  assessmentVersions: (id: string) => `${paths.case(id)}/assessment/versions`,
  plan: (id: string) => `${paths.case(id)}/plan`,
  planVersions: (id: string) => `${paths.case(id)}/plan/versions`,
  reviews: (id: string) => `${paths.case(id)}/reviews`,
  newReview: (id: string) => `${paths.case(id)}/reviews/new`,
  close: (id: string) => `${paths.case(id)}/close`,
  reopen: (id: string) => `${paths.case(id)}/reopen`,
  partners: (id: string) => paths.casePartners(id),
  history: (id: string) => `${paths.case(id)}/history`,
  access: (id: string) => `${paths.case(id)}/access`,
} as const
