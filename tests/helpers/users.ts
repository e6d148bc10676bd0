import type { Payload } from 'payload'

import type { Role } from '@/access/roles'
import { collectionSlugs } from '@/constants/slugs'

export const TEST_PASSWORD = 'correct-horse-battery-staple'

/** A readable name for a test user, from its e-mail ("secretariat-x1y2z3@…" → "Secretariat X1y2z3"). */
export const nameOf = (email: string): string =>
  email
    .split('@')[0]
    .split(/[-._]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ')

/** Creates a user of the given role (the seed's way: as the system) and returns its email. */
export async function createUser(
  payload: Payload,
  role: Role,
  organization?: number,
): Promise<string> {
  const email = `${role}-${Math.random().toString(36).slice(2, 8)}@test.grappes.local`
  await payload.create({
    collection: collectionSlugs.users,
    data: { email, name: nameOf(email), password: TEST_PASSWORD, role, organization },
    overrideAccess: true, // test fixtures are set up as the system
  })
  return email
}
