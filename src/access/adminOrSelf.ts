import type { Access } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import { isAdminUser } from './isAdmin'

/** Admins reach every user; any other signed-in person only their own account. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (user?.collection !== collectionSlugs.users) return false
  if (isAdminUser(user)) return true
  return { id: { equals: user.id } }
}
