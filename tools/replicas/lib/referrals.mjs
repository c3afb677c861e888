// Drafts as a partner system starts them: a school and a child, named so that a test finds its own among the rest.
import { randomUUID } from 'node:crypto'

/** A surname no other record has: the list's search (`q`) then finds exactly this test's referrals. */
export function uniqueSurname(prefix) {
  return `${prefix}${randomUUID().slice(0, 8)}`
}

/** A referral's draft: the school is all a draft needs; the child's name makes it findable. */
export function draft(surname, child = {}) {
  return { schoolUrn: '100001', child: { firstName: 'Rowan', lastName: surname, ...child } }
}
