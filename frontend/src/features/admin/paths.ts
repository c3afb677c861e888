/** The addresses of the service configuration pages (the home page links to `adminPaths.home`). */
export const adminPaths = {
  home: '/admin',
  schools: '/admin/schools',
  eligibilityRules: '/admin/eligibility-rules',
  eligibilityRule: (code: string) => `/admin/eligibility-rules/${encodeURIComponent(code)}`,
  areas: '/admin/areas',
  area: (name: string) => `/admin/areas/${encodeURIComponent(name)}`,
  practitioners: '/admin/practitioners',
  practitioner: (id: string) => `/admin/practitioners/${encodeURIComponent(id)}`,
  changes: '/admin/changes',
} as const
