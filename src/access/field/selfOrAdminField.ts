import type { FieldAccess } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import { isAdminUser } from '../isAdmin'

/**
 * A user's own fields (e-mail, role, organization…) are read by admins and by that user alone; other
 * signed-in people see only the name. Without a document (a `where` on the field) it is refused.
 */
export const selfOrAdminField: FieldAccess = ({ req: { user }, doc, id }) => {
  if (isAdminUser(user)) return true
  if (user?.collection !== collectionSlugs.users) return false
  const target = (doc as { id?: unknown } | undefined)?.id ?? id
  return target !== undefined && String(target) === String(user.id)
}
