/** Realm roles (docs/platform-contract.md) in the words the service's users use, most senior first. */
const ROLE_NAMES: ReadonlyArray<readonly [role: string, name: string]> = [
  ['admin', 'Service administrator'],
  ['senior', 'Senior practitioner'],
  ['practitioner', 'Family practitioner'],
  ['partner', 'Partner agency'],
  ['referrer', 'School referrer (SENCO)'],
  ['partner-api', 'Partner system'],
]

/** The plain names of the service's roles among these; Keycloak's own roles are left out. */
export function roleNames(roles: readonly string[]): string[] {
  return ROLE_NAMES.filter(([role]) => roles.includes(role)).map(([, name]) => name)
}
