import type { Access } from 'payload'

import { isAdminUser } from './isAdmin'

/** Admins reach every user; any other signed-in user only their own account. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdminUser(user)) return true
  return { id: { equals: user.id } }
}
