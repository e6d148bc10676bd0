import type { Where } from 'payload'

import { isSecretariatUser } from './isSecretariat'
import { organizationOf, type Principal } from './roles'

/**
 * The media a secretariat works with: its own organization's files (nothing without an
 * organization). `null` for everyone else: no restriction.
 */
export function ownMediaOnly(user: Principal | null | undefined): Where | null {
  if (!isSecretariatUser(user)) return null
  const organization = organizationOf(user)
  // Ids start at 1: a secretariat without an organization has no files.
  return organization === undefined
    ? { id: { equals: 0 } }
    : { organization: { equals: organization } }
}
